package org.candour.deadletters;

/** Where a record sits in its topic: {@code <partition>:<offset>} on the command line. */
record RecordPosition(int partition, long offset) {

    RecordPosition {
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("A partition and an offset are never negative");
        }
    }

    /**
     * Reads {@code <partition>:<offset>}, for example {@code 2:17}.
     *
     * @throws InvalidArgumentsException if the text is not two whole numbers, not negative, around a colon
     */
    static RecordPosition parse(String text) {
        int colon = text.indexOf(':');
        if (colon > 0 && colon < text.length() - 1) {
            try {
                int partition = Integer.parseInt(text.substring(0, colon));
                long offset = Long.parseLong(text.substring(colon + 1));
                if (partition >= 0 && offset >= 0) {
                    return new RecordPosition(partition, offset);
                }
            } catch (NumberFormatException e) {
                // Refused below, with the form expected.
            }
        }
        throw new InvalidArgumentsException(
                "'" + text + "' is not a record position: write <partition>:<offset>, for example 0:17,"
                        + " as 'list' shows them");
    }

    @Override
    public String toString() {
        return partition + ":" + offset;
    }
}

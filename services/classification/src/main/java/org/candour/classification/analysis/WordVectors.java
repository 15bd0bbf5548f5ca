package org.candour.classification.analysis;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A fixed vector for every word piece, distilled once from the sentence encoder all-MiniLM-L6-v2 (each piece
 * read alone by the encoder, then reduced to its principal components and stored as bytes: ADR 0028). A
 * text's vector is the mean of its pieces' vectors, so texts that use words of like meaning lie close even
 * when they share no word: what lets a model learnt from the corpus read wording it never saw. It costs a
 * look-up and an addition per piece, where the encoder it came from costs a network pass.
 */
public final class WordVectors {

    /** "CWV1": the file format this reads. */
    static final int MAGIC = 0x43575631;

    /** The encoder's own vectors have 384; a header claiming more is not a word-vector file. */
    static final int MOST_DIMENSIONS = 1024;

    private final WordPieces pieces;
    private final int dimensions;
    private final float[] scales;
    private final byte[] vectors;

    private WordVectors(WordPieces pieces, int dimensions, float[] scales, byte[] vectors) {
        this.pieces = pieces;
        this.dimensions = dimensions;
        this.scales = scales;
        this.vectors = vectors;
    }

    /** The vectors and vocabulary shipped with the classifier. */
    public static WordVectors bundled() {
        try (InputStream vocabulary = resource("word-pieces.txt");
                InputStream vectors = resource("word-vectors.bin")) {
            return read(WordPieces.read(vocabulary), vectors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled word vectors", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = WordVectors.class.getResourceAsStream("/wordvectors/" + name);
        if (in == null) {
            throw new IllegalStateException("wordvectors/" + name + " is missing from the classpath");
        }
        return in;
    }

    /**
     * Reads vectors written as: the magic number, the number of pieces and of dimensions (ints), a scale per
     * dimension (floats), then each piece's dimensions as signed bytes, piece after piece.
     */
    public static WordVectors read(WordPieces pieces, InputStream file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(file))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a word-vector file");
            }
            int count = in.readInt();
            int dimensions = in.readInt();
            if (dimensions < 1 || dimensions > MOST_DIMENSIONS) {
                throw new IllegalArgumentException(
                        "the word vectors have " + dimensions + " dimensions, not 1 to " + MOST_DIMENSIONS);
            }
            if (count != pieces.size()) {
                throw new IllegalArgumentException(
                        "the word vectors are for " + count + " pieces, the vocabulary has " + pieces.size());
            }
            float[] scales = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                scales[d] = in.readFloat();
            }
            byte[] vectors = new byte[count * dimensions];
            in.readFully(vectors);
            if (in.read() != -1) {
                throw new IllegalArgumentException("the word-vector file is longer than its header says");
            }
            return new WordVectors(pieces, dimensions, scales, vectors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word vectors", e);
        }
    }

    public int dimensions() {
        return dimensions;
    }

    /** The text's words and their pieces. */
    public List<WordPieces.Word> words(String text) {
        return pieces.words(text);
    }

    /** The mean of the words' piece vectors, scaled to length one; zero when there is no piece. */
    public float[] vector(List<WordPieces.Word> words) {
        float[] sum = new float[dimensions];
        for (WordPieces.Word word : words) {
            for (int piece : word.pieces()) {
                addTo(sum, piece);
            }
        }
        double length = 0;
        for (float x : sum) {
            length += x * x;
        }
        if (length > 0) {
            float inverse = (float) (1 / Math.sqrt(length));
            for (int d = 0; d < dimensions; d++) {
                sum[d] *= inverse;
            }
        }
        return sum;
    }

    /** How far one word moves a text's vector along {@code direction}, before the text's length is divided out. */
    public double along(WordPieces.Word word, float[] direction) {
        double total = 0;
        for (int piece : word.pieces()) {
            int at = piece * dimensions;
            for (int d = 0; d < dimensions; d++) {
                total += vectors[at + d] * scales[d] * direction[d];
            }
        }
        return total;
    }

    private void addTo(float[] sum, int piece) {
        int at = piece * dimensions;
        for (int d = 0; d < dimensions; d++) {
            sum[d] += vectors[at + d] * scales[d];
        }
    }
}

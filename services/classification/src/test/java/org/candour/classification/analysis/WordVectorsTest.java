package org.candour.classification.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordVectorsTest {

    private static final WordVectors VECTORS = WordVectors.bundled();

    private static float[] vector(String text) {
        return VECTORS.vector(VECTORS.words(text));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }

    @Test
    void aTextsVectorHasLengthOneAndNoTextHasTheZeroVector() {
        assertThat(VECTORS.dimensions()).isEqualTo(128);
        assertThat(cosine(vector("The nurse gave the wrong dose."), vector("The nurse gave the wrong dose.")))
                .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(vector("  ")).containsOnly(0f);
    }

    @Test
    void textsOfLikeMeaningLieCloserThanTextsOfOtherMeaningEvenWithoutSharedWords() {
        float[] medication = vector("A nurse gave him the wrong medicine.");
        float[] drugError = vector("Incorrect drug administered by staff.");
        float[] carPark = vector("The lights in the car park are broken.");

        assertThat(cosine(medication, drugError)).isGreaterThan(cosine(medication, carPark));
    }

    @Test
    void aFileOfAnotherFormatIsRefused() {
        assertThatThrownBy(() -> WordVectors.read(pieces(), file(0x12345678, 2, 1, new byte[2], 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a word-vector file");
    }

    @Test
    void vectorsForAnotherVocabularyAreRefused() {
        assertThatThrownBy(() -> WordVectors.read(pieces(), file(WordVectors.MAGIC, 3, 1, new byte[3], 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the word vectors are for 3 pieces, the vocabulary has 2");
    }

    @Test
    void aHeaderClaimingImpossibleDimensionsIsRefused() {
        assertThatThrownBy(() -> WordVectors.read(pieces(), file(WordVectors.MAGIC, 2, -1, new byte[0], 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the word vectors have -1 dimensions, not 1 to 1024");
    }

    @Test
    void aFileLongerThanItsHeaderSaysIsRefused() {
        assertThatThrownBy(() -> WordVectors.read(pieces(), file(WordVectors.MAGIC, 2, 1, new byte[2], 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the word-vector file is longer than its header says");
    }

    @Test
    void aTruncatedFileIsRefused() {
        assertThatThrownBy(() -> WordVectors.read(pieces(), file(WordVectors.MAGIC, 2, 2, new byte[3], 0)))
                .hasMessageContaining("cannot read the word vectors");
    }

    private static WordPieces pieces() {
        return WordPieces.read(new ByteArrayInputStream("[UNK]\nward\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static ByteArrayInputStream file(int magic, int count, int dimensions, byte[] vectors, int extra)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            out.writeInt(count);
            out.writeInt(dimensions);
            for (int d = 0; d < dimensions; d++) {
                out.writeFloat(0.5f);
            }
            out.write(vectors);
            out.write(new byte[extra]);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}

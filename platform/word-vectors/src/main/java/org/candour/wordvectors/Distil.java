package org.candour.wordvectors;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candour.classification.analysis.WordPieces;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes classification's word-piece vocabulary and word vectors from all-MiniLM-L6-v2, then checks that
 * classification's own tokenisation gives the model tokenizer's pieces on every corpus text. Deterministic
 * for one encoder file: reading each piece alone, centring, principal components by Jacobi rotations, and a
 * scale per component to signed bytes.
 */
public final class Distil {

    /** Components kept: 128 keep four fifths of the variance at a third of the size (ADR 0028). */
    static final int DIMENSIONS = 128;

    private static final int BATCH = 512;
    private static final String MODEL = "/all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";
    private static final int MAGIC = 0x43575631;

    private Distil() {}

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args.length > 0 ? args[0] : ".");
        Path out = repository.resolve("services/classification/src/main/resources/wordvectors");
        List<String> vocabulary = vocabulary();
        float[][] pieces = readAlone(vocabulary.size());
        double[][] reduced = principalComponents(pieces, DIMENSIONS);
        Files.createDirectories(out);
        Files.write(out.resolve("word-pieces.txt"), vocabulary, StandardCharsets.UTF_8);
        write(reduced, out.resolve("word-vectors.bin"));
        System.out.printf("wrote %d pieces x %d dimensions to %s%n", reduced.length, DIMENSIONS, out);
        checkTokenisation(repository, out);
    }

    private static List<String> vocabulary() throws IOException {
        try (InputStream in = resource(TOKENIZER)) {
            JsonNode vocab =
                    JsonMapper.builder().build().readTree(in).path("model").path("vocab");
            String[] byId = new String[vocab.size()];
            vocab.properties().forEach(e -> byId[e.getValue().asInt()] = e.getKey());
            if (Arrays.stream(byId).anyMatch(piece -> piece == null || piece.contains("\n"))) {
                throw new IllegalStateException("the tokenizer's vocabulary has gaps or pieces with new lines");
            }
            return List.of(byId);
        }
    }

    /** Each piece between [CLS] and [SEP], the encoder's output averaged over the three, as the model pools. */
    private static float[][] readAlone(int count) throws IOException, OrtException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        byte[] model;
        try (InputStream in = resource(MODEL)) {
            model = in.readAllBytes();
        }
        float[][] vectors = new float[count][];
        try (OrtSession session = environment.createSession(model, options)) {
            for (int start = 0; start < count; start += BATCH) {
                int n = Math.min(BATCH, count - start);
                long[] ids = new long[n * 3];
                long[] mask = new long[n * 3];
                for (int i = 0; i < n; i++) {
                    ids[3 * i] = 101;
                    ids[3 * i + 1] = start + i;
                    ids[3 * i + 2] = 102;
                    Arrays.fill(mask, 3 * i, 3 * i + 3, 1);
                }
                long[] shape = {n, 3};
                Map<String, OnnxTensor> inputs = new HashMap<>();
                inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
                inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
                inputs.put(
                        "token_type_ids",
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n * 3]), shape));
                try (OrtSession.Result result = session.run(inputs)) {
                    float[][][] hidden = (float[][][]) result.get(0).getValue();
                    for (int i = 0; i < n; i++) {
                        float[] v = new float[hidden[i][0].length];
                        for (float[] position : hidden[i]) {
                            for (int d = 0; d < v.length; d++) {
                                v[d] += position[d] / 3f;
                            }
                        }
                        vectors[start + i] = v;
                    }
                }
                inputs.values().forEach(OnnxTensor::close);
            }
        }
        return vectors;
    }

    /** The pieces' coordinates on the covariance's leading eigenvectors, after centring. */
    static double[][] principalComponents(float[][] x, int k) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / (double) n;
            }
        }
        double[][] covariance = new double[d][d];
        double[] centred = new double[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                centred[j] = row[j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    covariance[a][b] += centred[a] * centred[b] / n;
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                covariance[b][a] = covariance[a][b];
            }
        }
        double[][] eigenvectors = new double[d][d];
        double[] eigenvalues = jacobi(covariance, eigenvectors);
        Integer[] order = new Integer[d];
        for (int j = 0; j < d; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (p, q) -> Double.compare(eigenvalues[q], eigenvalues[p]));
        double kept = 0;
        double total = Arrays.stream(eigenvalues).sum();
        for (int c = 0; c < k; c++) {
            kept += eigenvalues[order[c]];
        }
        System.out.printf("%d components keep %.1f%% of the variance%n", k, 100 * kept / total);
        double[][] reduced = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                int column = order[c];
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    sum += (x[i][j] - mean[j]) * eigenvectors[j][column];
                }
                reduced[i][c] = sum;
            }
        }
        return reduced;
    }

    /** Cyclic Jacobi rotations of a symmetric matrix (destroyed); the eigenvectors are v's columns. */
    static double[] jacobi(double[][] a, double[][] v) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            Arrays.fill(v[i], 0);
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-22) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    private static void write(double[][] reduced, Path file) throws IOException {
        int k = reduced[0].length;
        float[] scales = new float[k];
        for (double[] row : reduced) {
            for (int c = 0; c < k; c++) {
                scales[c] = (float) Math.max(scales[c], Math.abs(row[c]) / 127);
            }
        }
        try (OutputStream file0 = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file0))) {
            out.writeInt(MAGIC);
            out.writeInt(reduced.length);
            out.writeInt(k);
            for (float scale : scales) {
                out.writeFloat(scale);
            }
            for (double[] row : reduced) {
                for (int c = 0; c < k; c++) {
                    out.writeByte((int) Math.round(row[c] / scales[c]));
                }
            }
        }
    }

    /** Classification's tokenisation against the model's own, on every text of the corpus. */
    private static void checkTokenisation(Path repository, Path out) throws IOException {
        WordPieces ours;
        try (InputStream in = Files.newInputStream(out.resolve("word-pieces.txt"))) {
            ours = WordPieces.read(in);
        }
        int texts = 0;
        int differ = 0;
        try (InputStream in = resource(TOKENIZER);
                HuggingFaceTokenizer theirs =
                        HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"))) {
            JsonMapper json = JsonMapper.builder().build();
            for (String corpus : List.of("dev.jsonl")) {
                for (String line : Files.readAllLines(repository.resolve("services/classification/corpus/" + corpus))) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String text = json.readTree(line).path("text").asString();
                    long[] expected = theirs.encode(text, false, false).getIds();
                    long[] got = ours.words(text).stream()
                            .flatMapToInt(word -> Arrays.stream(word.pieces()))
                            .asLongStream()
                            .toArray();
                    texts++;
                    if (!Arrays.equals(expected, got)) {
                        differ++;
                        int at = Arrays.mismatch(expected, got);
                        String[] theirPieces = theirs.encode(text, false, false).getTokens();
                        System.out.printf(
                                "  differs at piece %d: theirs %s, ours %s%n",
                                at,
                                Arrays.toString(Arrays.copyOfRange(expected, at, Math.min(expected.length, at + 3))),
                                Arrays.toString(Arrays.copyOfRange(got, at, Math.min(got.length, at + 3))));
                        System.out.println("  their pieces there: "
                                + String.join(
                                        " ",
                                        Arrays.copyOfRange(theirPieces, at, Math.min(theirPieces.length, at + 3))));
                    }
                }
            }
        }
        System.out.printf("tokenisation: %d of %d corpus texts differ from the model tokenizer's%n", differ, texts);
        if (differ > 0) {
            throw new IllegalStateException("classification's word pieces differ from the model tokenizer's");
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Distil.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath");
        }
        return in;
    }
}

package io.github.cptskit.fhir.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * A stable sort of records by a key in bounded memory: records are held until they fill the chunk,
 * then sorted and written to a run file in the temporary directory; the runs are merged when read. A
 * record is a list of fields (any characters; they are escaped in the run files). Records of equal keys
 * keep the order they were added in. Closing deletes the run files.
 */
public final class ExternalSort implements Closeable {
    private final Path directory;
    private final long chunkChars;
    private final List<Entry> chunk = new ArrayList<>();
    private long chunkSize;
    private final List<Path> runs = new ArrayList<>();
    private final List<BufferedReader> open = new ArrayList<>();
    private long count;

    private record Entry(String key, String line) {}

    private static final Comparator<Entry> BY_KEY = Comparator.comparing(Entry::key);

    /**
     * A sort.
     *
     * @param directory where the run files go
     * @param chunkChars how many characters of records are held before a run is written
     */
    public ExternalSort(Path directory, long chunkChars) {
        this.directory = directory;
        this.chunkChars = Math.max(1, chunkChars);
    }

    /**
     * Adds a record.
     *
     * @param key the key
     * @param fields the fields
     * @throws IOException if a run cannot be written
     */
    public void add(String key, String... fields) throws IOException {
        String line = Fields.join(fields);
        chunk.add(new Entry(key, line));
        chunkSize += key.length() + line.length() + 32;
        count++;
        if (chunkSize >= chunkChars) {
            spill();
        }
    }

    /**
     * How many records were added.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * How many run files were written.
     *
     * @return the count
     */
    public int runs() {
        return runs.size();
    }

    private void spill() throws IOException {
        chunk.sort(BY_KEY);
        Path run = Files.createTempFile(directory, "cpts-annuaire-", ".run");
        runs.add(run);
        try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (Entry e : chunk) {
                w.write(Fields.escape(e.key()));
                w.write('\t');
                w.write(e.line());
                w.write('\n');
            }
        }
        chunk.clear();
        chunkSize = 0;
    }

    /**
     * The records sorted by key, as their fields (to be read once, after the last {@link #add}).
     *
     * @return the records
     * @throws IOException if a run cannot be read
     */
    public Iterator<String[]> sorted() throws IOException {
        if (runs.isEmpty()) {
            chunk.sort(BY_KEY);
            Iterator<Entry> in = chunk.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return in.hasNext();
                }

                @Override
                public String[] next() {
                    return Fields.split(in.next().line());
                }
            };
        }
        if (!chunk.isEmpty()) {
            spill();
        }
        PriorityQueue<Head> heads =
                new PriorityQueue<>(Comparator.comparing((Head h) -> h.key).thenComparingInt(h -> h.run));
        for (int i = 0; i < runs.size(); i++) {
            BufferedReader r = Files.newBufferedReader(runs.get(i), StandardCharsets.UTF_8);
            open.add(r);
            Head h = new Head(r, i);
            if (h.advance()) {
                heads.add(h);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public String[] next() {
                Head h = heads.poll();
                if (h == null) {
                    throw new NoSuchElementException();
                }
                String[] fields = Fields.split(h.line);
                try {
                    if (h.advance()) {
                        heads.add(h);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return fields;
            }
        };
    }

    private static final class Head {
        final BufferedReader reader;
        final int run;
        String key;
        String line;

        Head(BufferedReader reader, int run) {
            this.reader = reader;
            this.run = run;
        }

        boolean advance() throws IOException {
            String l = reader.readLine();
            if (l == null) {
                return false;
            }
            int tab = l.indexOf('\t');
            key = Fields.unescape(l.substring(0, tab));
            line = l.substring(tab + 1);
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (BufferedReader r : open) {
            try {
                r.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        chunk.clear();
        if (first != null) {
            throw first;
        }
    }

    /** Fields joined by tabs, with backslash, tab, CR and LF escaped. */
    static final class Fields {
        private Fields() {}

        static String join(String... fields) {
            StringBuilder b = new StringBuilder(64);
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    b.append('\t');
                }
                b.append(escape(fields[i]));
            }
            return b.toString();
        }

        static String escape(String s) {
            if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
                return s;
            }
            StringBuilder b = new StringBuilder(s.length() + 8);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
            return b.toString();
        }

        static String unescape(String s) {
            if (s.indexOf('\\') < 0) {
                return s;
            }
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }

        static String[] split(String line) {
            List<String> out = new ArrayList<>(8);
            int from = 0;
            while (true) {
                int tab = line.indexOf('\t', from);
                if (tab < 0) {
                    out.add(unescape(line.substring(from)));
                    return out.toArray(String[]::new);
                }
                out.add(unescape(line.substring(from, tab)));
                from = tab + 1;
            }
        }
    }
}

package io.github.cptskit.fhir.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, as the Annuaire's extractions end them: only LF or CR LF end a line, a lone CR
 * is data. A line longer than the cap is not kept: its characters are counted and dropped up to its
 * end, so that memory stays bounded whatever the input.
 */
public final class LineSource {
    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private final StringBuilder pending = new StringBuilder(1024);
    private String text;
    private long length;
    private long number;
    private char last;

    /**
     * Reads lines.
     *
     * @param in the characters
     * @param maxLength the longest line kept, in characters
     */
    public LineSource(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the input
     * @throws IOException if reading fails
     */
    public boolean next() throws IOException {
        pending.setLength(0);
        length = 0;
        text = null;
        last = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    if (!any) {
                        return false;
                    }
                    finish();
                    return true;
                }
            }
            any = true;
            int start = pos;
            int lf = -1;
            for (int i = pos; i < limit; i++) {
                if (buffer[i] == '\n') {
                    lf = i;
                    break;
                }
            }
            int end = lf < 0 ? limit : lf;
            take(start, end);
            if (lf >= 0) {
                pos = lf + 1;
                finish();
                return true;
            }
            pos = limit;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private void take(int start, int end) {
        int n = end - start;
        if (n == 0) {
            return;
        }
        length += n;
        last = buffer[end - 1];
        // keep one more than the cap: the CR of a CR LF may still be stripped
        int room = maxLength + 1 - pending.length();
        if (room > 0) {
            pending.append(buffer, start, Math.min(n, room));
        }
    }

    private void finish() {
        number++;
        if (length > 0 && last == '\r') {
            // a CR just before the LF (or the end of the input) belongs to the line end
            length--;
            if (pending.length() > length) {
                pending.setLength((int) length);
            }
        }
        text = length <= maxLength ? pending.toString() : null;
    }

    /**
     * The current line without its line end, or null when it was longer than the cap.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The current line's length in characters (without its line end), even when it was too long.
     *
     * @return the length
     */
    public long length() {
        return length;
    }

    /**
     * The current line's 1-based number.
     *
     * @return the number
     */
    public long number() {
        return number;
    }
}

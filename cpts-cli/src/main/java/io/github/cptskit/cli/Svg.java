package io.github.cptskit.cli;

import java.math.BigDecimal;
import java.util.Arrays;

/** A histogram of a distribution of totals as a standalone SVG file (no dependency). */
final class Svg {
    private Svg() {}

    static String histogram(long[] cents, String title, long p5, long p50, long p95) {
        long[] v = cents.clone();
        Arrays.sort(v);
        int bins = 40;
        long min = v[0];
        long max = v[v.length - 1];
        long width = Math.max(1, (max - min + bins) / bins);
        int[] counts = new int[bins];
        for (long x : v) {
            counts[(int) Math.min(bins - 1, (x - min) / width)]++;
        }
        int top = Arrays.stream(counts).max().orElse(1);
        int w = 800;
        int h = 420;
        int left = 60;
        int bottom = 360;
        double barW = (w - left - 20) / (double) bins;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(h)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append("<text x=\"")
                .append(left)
                .append("\" y=\"20\" font-size=\"14\">")
                .append(escape(title))
                .append("</text>\n");
        for (int i = 0; i < bins; i++) {
            double bh = (bottom - 40) * counts[i] / (double) top;
            sb.append(String.format(
                    java.util.Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a78b5\"/>%n",
                    left + i * barW,
                    bottom - bh,
                    barW - 1,
                    bh));
        }
        sb.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" x2=\"")
                .append(w - 20)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"black\"/>\n");
        marker(sb, "P5", p5, min, width, left, barW, bottom);
        marker(sb, "P50", p50, min, width, left, barW, bottom);
        marker(sb, "P95", p95, min, width, left, barW, bottom);
        sb.append("<text x=\"")
                .append(left)
                .append("\" y=\"")
                .append(bottom + 20)
                .append("\">")
                .append(millions(min))
                .append("</text>\n");
        sb.append("<text x=\"")
                .append(w - 20)
                .append("\" y=\"")
                .append(bottom + 20)
                .append("\" text-anchor=\"end\">")
                .append(millions(max))
                .append("</text>\n");
        sb.append("<text x=\"")
                .append(w / 2)
                .append("\" y=\"")
                .append(bottom + 45)
                .append("\" text-anchor=\"middle\">national ACI total per draw (M€); ")
                .append(v.length)
                .append(" draws</text>\n");
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void marker(
            StringBuilder sb, String label, long value, long min, long width, int left, double barW, int bottom) {
        double x = left + (value - min) / (double) width * barW;
        sb.append(String.format(
                java.util.Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"40\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c0392b\" stroke-dasharray=\"4 3\"/>%n",
                x,
                x,
                bottom));
        sb.append(String.format(
                java.util.Locale.ROOT,
                "<text x=\"%.1f\" y=\"36\" text-anchor=\"middle\" fill=\"#c0392b\">%s %s</text>%n",
                x,
                label,
                millions(value)));
    }

    static String millions(long cents) {
        return BigDecimal.valueOf(cents, 2)
                        .movePointLeft(6)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString() + " M€";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

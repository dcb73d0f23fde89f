package io.github.cptskit.cli;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The command line's charts as standalone SVG files (no dependency): a fan chart of the national
 * total by year and a tornado of the sensitivity analysis. Each has a title with the year(s) and the
 * basis, both axes with ticks and units, and the estimated-figures warning in the picture.
 */
final class Svg {
    private Svg() {}

    /** One year of a fan chart: P5, P50, P95 in cents, and the public figure if any. */
    record FanYear(int year, long p5, long p50, long p95) {}

    /** A public figure drawn as a point. */
    record Point(int year, long cents, String label, boolean fitted) {}

    /** A second series overlaid on the fan (a reform), drawn as its P50 line and P5–P95 band. */
    record Overlay(String label, java.util.List<FanYear> years) {}

    private static final int W = 900;
    private static final int H = 560;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 84;
    private static final int BOTTOM = 110;

    static String fan(
            String title,
            String subtitle,
            java.util.List<FanYear> years,
            java.util.List<Point> points,
            java.util.List<Overlay> overlays,
            String warning) {
        long max = 0;
        for (FanYear y : years) {
            max = Math.max(max, y.p95());
        }
        for (Point p : points) {
            max = Math.max(max, p.cents());
        }
        for (Overlay o : overlays) {
            for (FanYear y : o.years()) {
                max = Math.max(max, y.p95());
            }
        }
        double top = niceCeiling(max / 1e8);
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        StringBuilder b = header(title, subtitle);
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        java.util.function.DoubleUnaryOperator x =
                year -> LEFT + (last == first ? plotW / 2 : (year - first) / (double) (last - first) * plotW);
        java.util.function.DoubleUnaryOperator y = m -> TOP + plotH - m / top * plotH;
        yAxis(b, top, y, "National ACI spending (M€ per calendar year)");
        for (int yr = first; yr <= last; yr++) {
            double px = x.applyAsDouble(yr);
            line(b, px, TOP + plotH, px, TOP + plotH + 6, "black");
            text(b, px, TOP + plotH + 22, Integer.toString(yr), "middle", 12, "black");
        }
        text(b, LEFT + plotW / 2, TOP + plotH + 44, "Calendar year", "middle", 13, "black");
        band(b, years, x, y, "#4a78b5", 0.25);
        polyline(b, years, x, y, "#1f4e89", 2.5);
        String[] colours = {"#c0392b", "#27ae60", "#8e44ad", "#d35400"};
        int i = 0;
        for (Overlay o : overlays) {
            String c = colours[i++ % colours.length];
            band(b, o.years(), x, y, c, 0.15);
            polyline(b, o.years(), x, y, c, 2);
        }
        java.util.Map<Integer, Integer> perYear = new java.util.HashMap<>();
        for (Point p : points) {
            double px = x.applyAsDouble(p.year());
            double py = y.applyAsDouble(p.cents() / 1e8);
            b.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" stroke=\"black\"/>%n",
                    px,
                    py,
                    p.fitted() ? "black" : "white"));
            // Labels of one year alternate above and below their points; near the right edge they go left.
            int nth = perYear.merge(p.year(), 1, Integer::sum);
            boolean right = px < W - RIGHT - 260;
            text(
                    b,
                    right ? px + 10 : px - 10,
                    nth % 2 == 1 ? py - 9 : py + 19,
                    p.label(),
                    right ? "start" : "end",
                    11,
                    "black");
        }
        // Legend.
        double ly = TOP - 16;
        b.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%.1f\" width=\"18\" height=\"10\" fill=\"#4a78b5\" fill-opacity=\"0.25\"/>%n",
                LEFT,
                ly - 9));
        text(b, LEFT + 24, ly, "P5–P95 (uncertainty)", "start", 11, "black");
        line(b, LEFT + 160, ly - 4, LEFT + 180, ly - 4, "#1f4e89");
        text(b, LEFT + 186, ly, "P50", "start", 11, "black");
        b.append(String.format(
                Locale.ROOT, "<circle cx=\"%d\" cy=\"%.1f\" r=\"5\" fill=\"black\"/>%n", LEFT + 230, ly - 4));
        text(b, LEFT + 240, ly, "public figure used in the fit", "start", 11, "black");
        b.append(String.format(
                Locale.ROOT,
                "<circle cx=\"%d\" cy=\"%.1f\" r=\"5\" fill=\"white\" stroke=\"black\"/>%n",
                LEFT + 420,
                ly - 4));
        text(b, LEFT + 430, ly, "held out / context", "start", 11, "black");
        int li = 0;
        for (Overlay o : overlays) {
            // Two reforms a row; the rows after the first sit on a white box at the top of the plot.
            String c = colours[li % colours.length];
            double lx = LEFT + 560 + (li % 2) * 150;
            double oy = ly + (li / 2) * 16;
            if (li >= 2 && li % 2 == 0) {
                b.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"300\" height=\"16\" fill=\"white\"/>%n",
                        lx - 4,
                        oy - 12));
            }
            line(b, lx, oy - 4, lx + 20, oy - 4, c);
            text(b, lx + 26, oy, o.label(), "start", 11, c);
            li++;
        }
        footer(b, warning);
        return b.append("</svg>\n").toString();
    }

    /** A tornado: one bar per parameter from the total at its low end to the total at its high end. */
    record Bar(String label, long lowCents, long highCents) {}

    static String tornado(String title, String subtitle, long centralCents, java.util.List<Bar> bars, String warning) {
        long min = centralCents;
        long max = centralCents;
        for (Bar bar : bars) {
            min = Math.min(min, Math.min(bar.lowCents(), bar.highCents()));
            max = Math.max(max, Math.max(bar.lowCents(), bar.highCents()));
        }
        double lo = niceFloor(min / 1e8);
        double hi = niceCeiling(max / 1e8);
        int labelW = 300;
        int rowH = 22;
        int height = TOP + bars.size() * rowH + BOTTOM + 20;
        StringBuilder b = header(title, subtitle, W, height);
        double plotW = W - labelW - RIGHT;
        double plotH = bars.size() * rowH;
        java.util.function.DoubleUnaryOperator x = m -> labelW + (m - lo) / (hi - lo) * plotW;
        double step = niceStep((hi - lo) / 6);
        for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) {
            double px = x.applyAsDouble(t);
            line(b, px, TOP, px, TOP + plotH, "#dddddd");
            line(b, px, TOP + plotH, px, TOP + plotH + 6, "black");
            text(b, px, TOP + plotH + 22, format(t), "middle", 12, "black");
        }
        line(b, labelW, TOP + plotH, W - RIGHT, TOP + plotH, "black");
        line(b, labelW, TOP, labelW, TOP + plotH, "black");
        text(
                b,
                labelW + plotW / 2,
                TOP + plotH + 44,
                "Mean national total (M€) with the parameter at its low / high end",
                "middle",
                13,
                "black");
        double cx = x.applyAsDouble(centralCents / 1e8);
        int r = 0;
        for (Bar bar : bars) {
            double yy = TOP + r * rowH + 4;
            double xl = x.applyAsDouble(bar.lowCents() / 1e8);
            double xh = x.applyAsDouble(bar.highCents() / 1e8);
            // Low end in blue, high end in orange, each from the central value.
            rect(b, Math.min(cx, xl), yy, Math.abs(xl - cx), rowH - 8, "#4a78b5");
            rect(b, Math.min(cx, xh), yy, Math.abs(xh - cx), rowH - 8, "#e67e22");
            text(b, labelW - 8, yy + rowH - 11, bar.label(), "end", 11, "black");
            r++;
        }
        line(b, cx, TOP - 6, cx, TOP + plotH, "black");
        text(b, cx, TOP - 10, "central " + format(centralCents / 1e8) + " M€", "middle", 11, "black");
        rect(b, labelW, TOP - 38, 14, 10, "#4a78b5");
        text(b, labelW + 20, TOP - 29, "parameter at its low end", "start", 11, "black");
        rect(b, labelW + 200, TOP - 38, 14, 10, "#e67e22");
        text(b, labelW + 220, TOP - 29, "parameter at its high end", "start", 11, "black");
        footer(b, warning, height);
        return b.append("</svg>\n").toString();
    }

    private static StringBuilder header(String title, String subtitle) {
        return header(title, subtitle, W, H);
    }

    private static StringBuilder header(String title, String subtitle, int w, int h) {
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(h)
                .append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(b, 20, 24, title, "start", 16, "black");
        text(b, 20, 42, subtitle, "start", 11, "#444444");
        return b;
    }

    private static void footer(StringBuilder b, String warning) {
        footer(b, warning, H);
    }

    private static void footer(StringBuilder b, String warning, int h) {
        int y = h - 34;
        for (String part : wrap(warning, 140)) {
            text(b, 20, y, part, "start", 11, "#a04000");
            y += 14;
        }
    }

    private static java.util.List<String> wrap(String s, int width) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out.subList(0, Math.min(2, out.size()));
    }

    private static void yAxis(StringBuilder b, double top, java.util.function.DoubleUnaryOperator y, String label) {
        double step = niceStep(top / 6);
        for (double t = 0; t <= top + 1e-9; t += step) {
            double py = y.applyAsDouble(t);
            line(b, LEFT, py, W - RIGHT, py, "#dddddd");
            line(b, LEFT - 6, py, LEFT, py, "black");
            text(b, LEFT - 10, py + 4, format(t), "end", 12, "black");
        }
        line(b, LEFT, TOP, LEFT, y.applyAsDouble(0), "black");
        line(b, LEFT, y.applyAsDouble(0), W - RIGHT, y.applyAsDouble(0), "black");
        b.append(String.format(
                Locale.ROOT,
                "<text x=\"22\" y=\"%.1f\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 22 %.1f)\">%s</text>%n",
                (TOP + y.applyAsDouble(0)) / 2,
                (TOP + y.applyAsDouble(0)) / 2,
                escape(label)));
    }

    private static void band(
            StringBuilder b,
            java.util.List<FanYear> years,
            java.util.function.DoubleUnaryOperator x,
            java.util.function.DoubleUnaryOperator y,
            String colour,
            double opacity) {
        StringBuilder pts = new StringBuilder();
        for (FanYear f : years) {
            pts.append(String.format(
                    Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(f.year()), y.applyAsDouble(f.p95() / 1e8)));
        }
        for (int i = years.size() - 1; i >= 0; i--) {
            FanYear f = years.get(i);
            pts.append(
                    String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(f.year()), y.applyAsDouble(f.p5() / 1e8)));
        }
        b.append("<polygon points=\"")
                .append(pts.toString().strip())
                .append("\" fill=\"")
                .append(colour)
                .append("\" fill-opacity=\"")
                .append(opacity)
                .append("\"/>\n");
    }

    private static void polyline(
            StringBuilder b,
            java.util.List<FanYear> years,
            java.util.function.DoubleUnaryOperator x,
            java.util.function.DoubleUnaryOperator y,
            String colour,
            double width) {
        StringBuilder pts = new StringBuilder();
        for (FanYear f : years) {
            pts.append(String.format(
                    Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(f.year()), y.applyAsDouble(f.p50() / 1e8)));
        }
        b.append("<polyline points=\"")
                .append(pts.toString().strip())
                .append("\" fill=\"none\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"")
                .append(width)
                .append("\"/>\n");
    }

    private static void line(StringBuilder b, double x1, double y1, double x2, double y2, String colour) {
        b.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1,
                y1,
                x2,
                y2,
                colour));
    }

    private static void rect(StringBuilder b, double x, double y, double w, double h, String colour) {
        b.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                x,
                y,
                Math.max(0.5, w),
                h,
                colour));
    }

    private static void text(StringBuilder b, double x, double y, String s, String anchor, int size, String colour) {
        b.append(String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">%s</text>%n",
                x,
                y,
                anchor,
                size,
                colour,
                escape(s)));
    }

    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }

    static double niceCeiling(double v) {
        double step = niceStep(Math.max(v, 1e-9) / 6);
        return Math.ceil(v / step) * step;
    }

    static double niceFloor(double v) {
        double step = niceStep(Math.abs(v) / 6);
        return Math.floor(v / step) * step;
    }

    private static String format(double millions) {
        return BigDecimal.valueOf(millions)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

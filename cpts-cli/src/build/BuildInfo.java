import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Run by the build (exec-maven-plugin, process-resources): records the git commit the CLI is built from
 * into build.properties, read by run.json's provenance. "unknown" when built outside git or without git;
 * "-dirty" appended when the checkout has uncommitted changes. Never run by the CLI itself.
 */
public final class BuildInfo {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        String version = args[1];
        Path dir = Path.of(args[2]);
        String commit = git(dir, "rev-parse", "HEAD");
        if (commit == null || !commit.matches("[0-9a-f]{40}")) {
            commit = "unknown";
        } else {
            String status = git(dir, "status", "--porcelain", "--untracked-files=no");
            if (status != null && !status.isBlank()) {
                commit += "-dirty";
            }
        }
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                "# written by the build (cpts-cli/src/build/BuildInfo.java)\nversion=" + version + "\ncommit=" + commit
                        + "\n",
                StandardCharsets.UTF_8);
    }

    private static String git(Path dir, String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

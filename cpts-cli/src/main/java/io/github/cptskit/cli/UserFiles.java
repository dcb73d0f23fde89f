package io.github.cptskit.cli;

import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading the user's files, with coded problems naming the file instead of exceptions. */
final class UserFiles {
    private UserFiles() {}

    /** A user's UTF-8 text file, or a coded problem naming it (unreadable, not UTF-8). */
    static String readText(Path file) {
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UserError(List.of(
                    Problem.of(CliProblem.FILE_UNREADABLE, e.getMessage()).at(Location.of(file.toString(), 0, 0))));
        }
    }

    /** The content of a user's file as strict UTF-8 text, or the problem {@code FILE_ENCODING}. */
    static String decode(byte[] content, String source) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserError(List.of(Problem.of(CliProblem.FILE_ENCODING).at(Location.of(source, 0, 0))));
        }
    }
}

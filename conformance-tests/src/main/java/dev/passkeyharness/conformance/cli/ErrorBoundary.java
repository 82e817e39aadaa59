package dev.passkeyharness.conformance.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The CLI's one error boundary: every failure becomes one line on stderr and an exit code, never a stack trace.
 * Set {@code PASSKEY_HARNESS_DEBUG=1} to also print the stack trace of an unexpected failure.
 */
final class ErrorBoundary implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private static final String PREFIX = "passkey-harness: ";

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return report(e.getCommandLine(), e.getMessage(), ExitCodes.BAD_INPUT);
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof CliException cli) {
            return report(commandLine, cli.getMessage(), cli.exitCode());
        }
        if (e instanceof ParameterException p) {
            return report(commandLine, p.getMessage(), ExitCodes.BAD_INPUT);
        }
        if (System.getenv("PASSKEY_HARNESS_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return report(commandLine, "internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), ExitCodes.CHECK_FAILED);
    }

    private static int report(CommandLine commandLine, String message, int exitCode) {
        PrintWriter err = commandLine.getErr();
        err.println(PREFIX + oneLine(message));
        err.flush();
        return exitCode;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.sync.aws.AwsErrors;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The {@code elbgateway} command: validate, translate, plan, apply, map and controller. {@link
 * #main} is the jar's entry point; {@link #run} is the same without {@code System.exit}, for tests
 * and for embedding.
 */
@Command(
    name = "elbgateway",
    mixinStandardHelpOptions = true,
    versionProvider = ElbGatewayCli.Version.class,
    description = {
      "Turns Kubernetes Gateway API manifests into AWS Elastic Load Balancing v2 resources.",
      "Without an AWS account: plan and apply run against a built-in in-memory AWS whose state is kept in a local file."
    },
    subcommands = {
      ValidateCommand.class,
      TranslateCommand.class,
      PlanCommand.class,
      ApplyCommand.class,
      MapCommand.class,
      ControllerCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  elbgateway validate -f examples/seed",
      "  elbgateway plan -f examples/seed",
      "  elbgateway apply -f examples/seed --yes",
      "  elbgateway map -f examples/seed -o html --out seed-map.html"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:invalid input (manifests, state file, answer)",
      "2:usage error",
      "3:AWS or cluster error"
    })
public final class ElbGatewayCli implements java.util.concurrent.Callable<Integer> {

  private final Console console;

  @Spec CommandSpec spec;

  ElbGatewayCli(Console console) {
    this.console = console;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // slf4j-simple reads its level once, when the first logger is made: --debug turns it up.
    if (Arrays.asList(args).contains("--debug")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    System.exit(run(System.in, System.out, System.err, args));
  }

  /**
   * Runs the command line with these streams and returns the exit code (see {@link ExitCodes}).
   * Errors are printed to {@code err} as one line each; {@code --debug} adds the stack trace.
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    Console console = new Console(in, out, err);
    CommandLine commandLine = new CommandLine(new ElbGatewayCli(console));
    commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    commandLine.setExecutionExceptionHandler(errorHandler(console));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  Console console() {
    return console;
  }

  /** Without a command: the usage, and the usage error's exit code. */
  @Override
  public Integer call() {
    console.err().println("Missing command: validate, translate, plan, apply, map or controller");
    spec.commandLine().usage(console.err());
    return ExitCodes.USAGE;
  }

  /** Errors as one line: what went wrong, no stack trace unless --debug. */
  private static IExecutionExceptionHandler errorHandler(Console console) {
    return (error, commandLine, parseResult) -> {
      boolean debug = commandLine.getCommand() instanceof CliCommand && ((CliCommand) commandLine.getCommand()).debug;
      int code;
      String message;
      if (error instanceof CliError) {
        code = ((CliError) error).exitCode();
        message = error.getMessage();
      } else if (error instanceof SdkException) {
        SdkException sdk = (SdkException) error;
        code = ExitCodes.AWS_OR_CLUSTER_ERROR;
        message = "AWS: " + AwsErrors.message(sdk) + AwsErrors.hint(sdk).map(h -> "; " + h).orElse("");
      } else {
        code = ExitCodes.AWS_OR_CLUSTER_ERROR;
        message = "unexpected " + error.getClass().getSimpleName() + ": " + error.getMessage();
      }
      console.err().println("error: " + message);
      if (debug) {
        error.printStackTrace(console.err());
      } else if (!(error instanceof CliError)) {
        console.err().println("(run again with --debug to see where it happened)");
      }
      console.err().flush();
      return code;
    };
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ElbGatewayCli.class.getPackage().getImplementationVersion();
      return new String[] {"elbgateway " + (version == null ? "(development build)" : version)};
    }
  }
}

/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What every subcommand has: the console of the run, {@code --debug}, {@code --help} and
 * {@code --version}, and help that ends with examples and exit codes (picocli takes these attributes
 * from the superclass's {@code @Command}).
 */
@Command(mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", exitCodeListHeading = "%nExit codes:%n")
abstract class CliCommand implements Callable<Integer> {

  @ParentCommand ElbGatewayCli root;

  @Option(names = "--debug", description = "On an error, show the stack trace too.")
  boolean debug;

  Console console() {
    return root.console();
  }
}

/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret value in any output: the OIDC example with a Secret that holds data, through every
 * command in both formats. The model never reads Secret data, and the built-in AWS's own client
 * credentials are never shown.
 */
class NoSecretsTest {

  private static final String SECRET_BASE64 = "c3VwZXItc2VjcmV0LXZhbHVl";

  @TempDir Path dir;

  @Test
  void noCommandPrintsASecret() throws IOException {
    Path manifests = dir.resolve("oidc");
    Files.createDirectories(manifests);
    for (String file : new String[] {"gateway.yaml", "route.yaml"}) {
      Files.copy(CliRun.EXAMPLES.resolve("oidc").resolve(file), manifests.resolve(file));
    }
    Files.writeString(manifests.resolve("auth.yaml"), Files.readString(CliRun.EXAMPLES.resolve("oidc/auth.yaml"))
        + "data: {clientID: Y2xpZW50LWlk, clientSecret: " + SECRET_BASE64 + "}\n");
    String state = dir.resolve("state.json").toString();
    String m = manifests.toString();

    StringBuilder all = new StringBuilder();
    for (String[] args : new String[][] {
        {"validate", "-f", m}, {"validate", "-f", m, "-o", "json"},
        {"translate", "-f", m}, {"translate", "-f", m, "-o", "json"},
        {"plan", "-f", m, "--state", state}, {"plan", "-f", m, "--state", state, "-o", "json"},
        {"apply", "-f", m, "--state", state, "--yes"}, {"apply", "-f", m, "--state", state, "--yes", "-o", "json"},
        {"map", "-f", m, "-o", "svg"}, {"map", "-f", m, "-o", "json"}}) {
      CliRun.Result result = CliRun.run(args);
      assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result).isZero();
      all.append(result.out()).append(result.err());
    }
    all.append(Files.readString(Path.of(state)));

    assertThat(all.toString()).contains("authenticate-oidc").contains("oidc-client")
        .doesNotContain(SECRET_BASE64).doesNotContain("super-secret-value").doesNotContain("built-in-secret");
  }
}

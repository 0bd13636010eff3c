/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --aws} on a machine without AWS: no Region and no credentials are each one clear error with
 * exit code 3, no stack trace. The SDK reads system properties before the environment and files, so
 * the test points it at empty files and turns off the instance metadata service.
 */
class AwsTargetTest {

  @RegisterExtension final NoAws noAws = new NoAws();

  @Test
  void withoutARegionItSaysWhatToSet() {
    assumeTrue(System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null, "a Region is set in the environment");

    CliRun.Result result = CliRun.run("plan", "-f", CliRun.example("seed"), "--aws");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.AWS_OR_CLUSTER_ERROR);
    assertThat(result.err()).startsWith("error: no AWS Region: give --region, or set AWS_REGION").doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void withoutCredentialsItSaysWhatToSet() {
    assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null
        && System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") == null && System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") == null,
        "credentials are set in the environment");

    CliRun.Result result = CliRun.run("apply", "-f", CliRun.example("seed"), "--aws", "--region", "eu-west-1", "--yes");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.AWS_OR_CLUSTER_ERROR);
    assertThat(result.err()).startsWith("error: no AWS credentials: set AWS_ACCESS_KEY_ID").doesNotContain("\tat ");
  }

  @Test
  void withARegionAndCredentialsTheClientsAreBuiltWithoutACall() {
    noAws.withFakeKeys();

    AwsOptions options = new AwsOptions();
    options.region = "eu-west-1";
    options.managedSecurityGroup = "sg-0123456789abcdef0";
    try (AwsTarget target = AwsTarget.open(options, "prod")) {
      assertThat(target.describe()).isEqualTo("AWS account in eu-west-1");
      assertThat(target.previous()).isEmpty();
      assertThat(target.describe() + target.notes()).doesNotContain("wJalrXUtnFEMI").doesNotContain("AKIAEXAMPLE");
    }
  }
}

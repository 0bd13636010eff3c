/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A machine without AWS, as far as the SDK can tell, for each test: the SDK reads system properties
 * before the environment and files, so this points it at files that do not exist, turns off the
 * instance metadata service, and can put fake keys in place; after the test everything is put back.
 * Register it with {@code @RegisterExtension}.
 */
final class NoAws implements BeforeEachCallback, AfterEachCallback {

  private static final String[] PROPERTIES = {
    "aws.region", "aws.configFile", "aws.sharedCredentialsFile", "aws.disableEc2Metadata", "aws.accessKeyId",
    "aws.secretAccessKey", "aws.profile"
  };

  private final Map<String, String> saved = new HashMap<>();

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    Path dir = Files.createTempDirectory("no-aws");
    for (String property : PROPERTIES) {
      saved.put(property, System.getProperty(property));
      System.clearProperty(property);
    }
    System.setProperty("aws.configFile", dir.resolve("config").toString());
    System.setProperty("aws.sharedCredentialsFile", dir.resolve("credentials").toString());
    System.setProperty("aws.disableEc2Metadata", "true");
  }

  /** Fake keys, for tests that get past the credential check. */
  void withFakeKeys() {
    System.setProperty("aws.accessKeyId", "AKIAEXAMPLEEXAMPLE00");
    System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
  }

  @Override
  public void afterEach(ExtensionContext context) {
    saved.forEach((property, value) -> {
      if (value == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, value);
      }
    });
  }
}

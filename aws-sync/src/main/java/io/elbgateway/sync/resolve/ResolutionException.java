/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.resolve;

/**
 * A name, selector or hostname the engine could not turn into an AWS ID. The message says which
 * and why; the plan reports it as a problem of the resource that needed it.
 */
public final class ResolutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message naming what could not be resolved. */
  public ResolutionException(String message) {
    super(message);
  }
}

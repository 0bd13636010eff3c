/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code elbgateway} command line: {@link io.elbgateway.cli.ElbGatewayCli} and its commands
 * (validate, translate, plan, apply, map, controller), the built-in in-memory AWS target with its
 * state file, and the real-AWS target.
 */
package io.elbgateway.cli;

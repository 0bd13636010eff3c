/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Reading and writing manifests: {@link io.elbgateway.model.codec.ManifestReader} turns YAML and
 * JSON files into model objects and reports every problem with file and line,
 * {@link io.elbgateway.model.codec.ManifestWriter} writes model values back, and
 * {@link io.elbgateway.model.codec.ManifestCheck} is the command-line check built on both. The only
 * package of the model that does I/O.
 */
package io.elbgateway.model.codec;

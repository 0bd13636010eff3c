/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/** Building AWS SDK requests and reading AWS SDK responses: tags, pagination, error codes. */
package io.elbgateway.sync.aws;

// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CohortLens {

// Exit codes of every subcommand (SPEC §4).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,     // anything else: I/O, database
    ExitUsage = 2,       // wrong arguments, paths or options
    ExitInvalidData = 3, // the input data has problems, every one listed on stderr
};

} // namespace CohortLens

// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>

namespace CohortLens::Fuzz {

// An invariant that must hold on every input. Unlike assert() it is checked in every
// build type; abort() makes libFuzzer report a crash and save the input that broke it.
inline void check(bool ok, const char *invariant)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", invariant);
    std::abort();
}

} // namespace CohortLens::Fuzz

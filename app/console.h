// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace CohortLens {

// UTF-8 text streams on the process's standard output and error.
class Console
{
public:
    static QTextStream &out();
    static QTextStream &err();
};

} // namespace CohortLens

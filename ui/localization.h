// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace CohortLens {

// The program's translations, embedded under :/i18n, and Qt's own for standard dialogs.
class Localization
{
public:
    // Installs the catalogue for `locale` (falling back to English, whose catalogue holds
    // the plural forms) on the running application.
    static void install(const QLocale &locale = QLocale());
};

} // namespace CohortLens

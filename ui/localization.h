// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace CohortLens {

// The program's translations, embedded under :/i18n, and Qt's own for standard dialogs;
// the language chosen by the user, remembered in the settings.
class Localization
{
public:
    // The languages the program is translated into, as codes: en, de, fr, es.
    static QStringList languages();
    // A language's own name ("Deutsch"), for the menu that chooses it.
    static QString nativeName(const QString &code);

    // The language to start in: `requested` (--lang) when given, else the one chosen in
    // View ▸ Language, else the system's.
    static QLocale startupLocale(const QString &requested = QString());
    // The code saved by View ▸ Language; empty: follow the system.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

    // Makes `locale` the default one (number formats) and installs its catalogues on the
    // running application, replacing those installed before; Qt then sends every widget a
    // LanguageChange event. Falls back to English, whose catalogue holds the plural forms.
    static void install(const QLocale &locale = QLocale());
};

} // namespace CohortLens

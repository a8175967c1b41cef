// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace CohortLens {

namespace {

const QString languageKey = QStringLiteral("language");

// The catalogues in use, so that a change of language can take them out again.
QPointer<QTranslator> &ownTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList Localization::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString Localization::nativeName(const QString &code)
{
    // QLocale names the country's variant ("American English", "español de España"); the
    // menu names the language.
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"es")
        return QStringLiteral("Español");
    return QLocale(code).nativeLanguageName();
}

QLocale Localization::startupLocale(const QString &requested)
{
    const QString code = requested.isEmpty() ? savedLanguage() : requested;
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString Localization::savedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void Localization::saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

void Localization::install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    QLocale::setDefault(locale);
    uninstall(ownTranslator());
    uninstall(qtTranslator());

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("cohortlens"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/cohortlens_en.qm"))) {
        QCoreApplication::installTranslator(own);
        ownTranslator() = own;
    } else {
        delete own;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
}

} // namespace CohortLens

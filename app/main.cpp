// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"
#include "exitcode.h"
#include "importcommand.h"
#include "mainwindow.h"
#include "registryimporter.h"
#include "registrystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>

using namespace CohortLens;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CohortLens"));
    QCoreApplication::setApplicationName(QStringLiteral("CohortLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COHORTLENS_VERSION));
}

// The program's own catalogue (English plural forms included) and Qt's, for the
// system language.
void installTranslations(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(),
                  QStringLiteral("cohortlens"),
                  QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/cohortlens_en.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(),
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Whether a window can be shown: an explicit Qt platform, or an X11/Wayland display.
bool hasDisplay()
{
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        const char *value = std::getenv(variable);
        if (value && *value)
            return true;
    }
    return false;
}

int runHeadless(const QString &path)
{
    QTextStream &out = Console::out();
    out << QCoreApplication::translate("main",
                                       "No display was found (DISPLAY is not set), so the "
                                       "window cannot open.")
        << '\n';
    RegistryStore store;
    const ImportReport report = RegistryImporter().load(path, store);
    if (report.outcome != ImportReport::Outcome::Imported) {
        Console::err() << path << QStringLiteral(": ") << report.message << Qt::endl;
        return ExitFailure;
    }
    out << QCoreApplication::translate("main",
                                       "%1: %n patient(s)",
                                       nullptr,
                                       int(store.patientCount()))
               .arg(report.sourceName)
        << Qt::endl;
    return ExitSuccess;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::map<std::string, std::function<int(const QStringList &)>> subcommands{
        {"import", &ImportCommand::run},
    };

    if (argc > 1) {
        if (const auto command = subcommands.find(argv[1]); command != subcommands.end()) {
            QCoreApplication app(argc, argv);
            describeApplication();
            installTranslations(app);
            return command->second(app.arguments());
        }
    }

    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(app);
        const QStringList args = app.arguments().mid(1);
        QString path = MainWindow::demoResourcePath();
        for (const QString &arg : args) {
            if (!arg.startsWith(u'-'))
                path = arg;
        }
        return runHeadless(path);
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CohortLens"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "CohortLens — a viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and "
        "per-arm comparisons.\n\nSubcommands (run without a display): import. Run "
        "cohortlens SUBCOMMAND --help for their options."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main",
                                                              "Open the synthetic demo registry."));
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QCoreApplication::translate("main", "A registry to open: CSV file or database."),
        QStringLiteral("[PATH]"));
    parser.process(app);

    MainWindow window;
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(demo) || paths.isEmpty() || !window.openRegistry(paths.constFirst()))
        window.openDemo();
    window.show();
    return app.exec();
}

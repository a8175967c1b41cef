// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"
#include "comparisonformatter.h"
#include "console.h"
#include "exitcode.h"
#include "importcommand.h"
#include "localization.h"
#include "mainwindow.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "survivalcommand.h"
#include "survivalformatter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

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

// Without a display: what the window would show first, as text.
int runHeadless(const QString &path)
{
    QTextStream &out = Console::out();
    out << QCoreApplication::translate("main",
                                       "No display was found (DISPLAY is not set), so the "
                                       "window cannot open. The registry's figures instead:")
        << "\n\n";
    RegistryStore store;
    const ImportReport report = RegistryImporter().load(path, store);
    if (report.outcome != ImportReport::Outcome::Imported) {
        Console::err() << path << QStringLiteral(": ")
                       << (report.problems.isEmpty() ? report.message
                                                     : report.problems.constFirst().toString())
                       << Qt::endl;
        return ExitFailure;
    }
    if (path == MainWindow::demoResourcePath())
        out << QCoreApplication::translate("main", "Synthetic demo registry (not real patients)")
            << "\n\n";
    const auto comparison = ComparisonAnalysis::run(store, CohortFilter(), ComparisonRequest());
    if (const auto *result = std::get_if<ComparisonResult>(&comparison))
        out << ComparisonFormatter::text(*result) << '\n';
    const auto survival = SurvivalAnalysis::run(store, CohortFilter(), SurvivalRequest());
    if (const auto *result = std::get_if<SurvivalResult>(&survival))
        out << SurvivalFormatter::text(*result) << '\n';
    SurvivalRequest everyone;
    everyone.group = QLatin1String(SurvivalAnalysis::NoGroup);
    const auto overall = SurvivalAnalysis::run(store, CohortFilter(), everyone);
    if (const auto *result = std::get_if<SurvivalResult>(&overall))
        out << SurvivalFormatter::text(*result);
    out.flush();
    return ExitSuccess;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::map<std::string, std::function<int(const QStringList &)>> subcommands{
        {"import", &ImportCommand::run},
        {"survival", &SurvivalCommand::run},
        {"compare", &CompareCommand::run},
    };

    if (argc > 1) {
        if (const auto command = subcommands.find(argv[1]); command != subcommands.end()) {
            QCoreApplication app(argc, argv);
            describeApplication();
            Localization::install();
            return command->second(app.arguments());
        }
    }

    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Localization::install();
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
    Localization::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "CohortLens — a viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and "
        "per-arm comparisons.\n\nSubcommands (run without a display): import, survival, compare. "
        "Run "
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

// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"
#include "comparisonformatter.h"
#include "console.h"
#include "exitcode.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "localization.h"
#include "mainwindow.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "reportcommand.h"
#include "survivalcommand.h"
#include "survivalformatter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

#include <sys/resource.h>

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

// The language named by --lang CODE or --lang=CODE; read before the parser exists, because
// the parser's help is itself translated.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return QString();
}

QtMessageHandler defaultMessageHandler = nullptr;

// A GUI application started in a session without XDG_RUNTIME_DIR (a root shell, CI) gets a
// warning from Qt about it; drawing offscreen needs no runtime directory, so it is dropped.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (defaultMessageHandler)
        defaultMessageHandler(type, context, text);
}

// The charts are widgets: drawing them needs a QApplication, which without a display needs
// the offscreen platform. Exports use it even with a display, so that they do not depend on
// the screen's fonts and resolution; an explicit QT_QPA_PLATFORM is respected.
void useOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    defaultMessageHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
}

// Where the window-less run puts its report: the current folder, or the temporary one
// when the current folder cannot be written to.
QString headlessReportPath(const QString &fileName)
{
    const QFileInfo here(QDir::current().absoluteFilePath(fileName));
    if (QFileInfo(here.absolutePath()).isWritable() && (!here.exists() || here.isWritable()))
        return here.absoluteFilePath();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .absoluteFilePath(fileName);
}

// Without a display: what the window would show first, as text, and its charts and tables
// in a PDF report in the current folder.
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

    const bool demo = path == MainWindow::demoResourcePath();
    const QString reportPath = headlessReportPath(
        demo ? QStringLiteral("cohortlens-demo-report.pdf")
             : QFileInfo(path).completeBaseName() + QStringLiteral("-report.pdf"));
    out << '\n'
        << QCoreApplication::translate("main",
                                       "The charts, the comparison table and the methods are in "
                                       "a PDF report:")
        << Qt::endl;
    return ReportCommand::write(store,
                                QFileInfo(path).fileName(),
                                CohortFilter(),
                                reportPath,
                                ReportWriter::defaultPaper(),
                                QString());
}

} // namespace

int main(int argc, char *argv[])
{
    // A core dump would hold the registry's patients in a file nobody asked for.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    const std::map<std::string, std::function<int(const QStringList &)>> subcommands{
        {"import", &ImportCommand::run},
        {"survival", &SurvivalCommand::run},
        {"compare", &CompareCommand::run},
        {"export", &ExportCommand::run},
        {"report", &ReportCommand::run},
    };

    if (argc > 1) {
        if (const auto command = subcommands.find(argv[1]); command != subcommands.end()) {
            if (std::strcmp(argv[1], "export") == 0 || std::strcmp(argv[1], "report") == 0) {
                useOffscreenPlatform();
                QApplication app(argc, argv);
                describeApplication();
                const QString lang = requestedLanguage(app.arguments());
                Localization::install(lang.isEmpty() ? QLocale::system() : QLocale(lang));
                return command->second(app.arguments());
            }
            QCoreApplication app(argc, argv);
            describeApplication();
            Localization::install();
            return command->second(app.arguments());
        }
    }

    const bool display = hasDisplay();
    if (!display)
        useOffscreenPlatform();
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CohortLens"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cohortlens.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("cohortlens"));
    Localization::install(Localization::startupLocale(requestedLanguage(app.arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "CohortLens — a viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and "
        "per-arm comparisons.\n\nSubcommands (run without a display): import, survival, compare, "
        "export, report. "
        "Run "
        "cohortlens SUBCOMMAND --help for their options."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main",
                                                              "Open the synthetic demo registry."));
    parser.addOption(demo);
    const QCommandLineOption
        lang(QStringLiteral("lang"),
             QCoreApplication::translate("main",
                                         "The language of the window and the report: en, de, fr or "
                                         "es (default: the system's, or the last one chosen)."),
             QStringLiteral("CODE"));
    parser.addOption(lang);
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QCoreApplication::translate("main", "A registry to open: CSV file or database."),
        QStringLiteral("[PATH]"));
    parser.process(app);
    const QStringList paths = parser.positionalArguments();

    if (!display) {
        return runHeadless(paths.isEmpty() || parser.isSet(demo) ? MainWindow::demoResourcePath()
                                                                 : paths.constFirst());
    }

    MainWindow window;
    if (parser.isSet(demo) || paths.isEmpty() || !window.openRegistry(paths.constFirst()))
        window.openDemo();
    window.show();
    return app.exec();
}

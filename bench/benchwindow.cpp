// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// cohortlens-bench-window: the window as a user meets it, timed. Prints the time from
// start to the first paint of the window with the registry's figures, and the longest
// time the GUI thread did not answer (an event-loop latency probe: a 5 ms timer whose
// lateness is the block) while the window opens, filters, exports and imports.
// Usage: cohortlens-bench-window --demo | --registry DB [--filters N] [--import CSV]
// Run by bench/run-benchmarks.sh with QT_QPA_PLATFORM=offscreen; never by ctest.

#include "mainwindow.h"

#include "filterpanel.h"
#include "kaplanmeierchart.h"
#include "localization.h"
#include "registryimporter.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace CohortLens;

namespace {

// Measures how late a 5 ms timer fires: the longest lateness is the longest block.
class LatencyProbe final : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setInterval(Interval);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worst = std::max(m_worst, now - m_last - Interval * 1'000'000);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double stopMs()
    {
        // A block that ends just before the stop (showing the results) has no tick after it.
        const qint64 now = m_clock.nsecsElapsed();
        if (m_last > 0)
            m_worst = std::max(m_worst, now - m_last - Interval * 1'000'000);
        m_timer.stop();
        return double(m_worst) / 1e6;
    }

private:
    static constexpr int Interval = 5; // ms
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// Notes the first paint of a widget.
class PaintWatch final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Runs the event loop until `done` or the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CohortLensBench"));
    QCoreApplication::setApplicationName(QStringLiteral("cohortlens-bench-window"));
    Localization::install(QLocale::c());
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("The bundled demo."));
    const QCommandLineOption registry(QStringLiteral("registry"),
                                      QStringLiteral("A registry database."),
                                      QStringLiteral("DB"));
    const QCommandLineOption filters(QStringLiteral("filters"),
                                     QStringLiteral("How many presentations to filter by."),
                                     QStringLiteral("N"),
                                     QStringLiteral("5"));
    const QCommandLineOption import(QStringLiteral("import"),
                                    QStringLiteral("A CSV to import while probing the GUI thread."),
                                    QStringLiteral("CSV"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   QStringLiteral(
                                       "Saves the window as PNG into DIR while and after "
                                       "each filter change is computed."),
                                   QStringLiteral("DIR"));
    parser.addOptions({demo, registry, filters, import, shots});
    parser.process(app);
    if (!parser.isSet(demo) && !parser.isSet(registry))
        parser.showHelp(2);

    // The import's "Open the registry now?" question: answered No, as a user who only
    // imports would.
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, &app, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->done(QMessageBox::No);
    });
    answer.start();

    const QString name = parser.isSet(demo) ? QStringLiteral("demo") : parser.value(registry);
    MainWindow window;
    window.resize(1400, 900);
    PaintWatch watch;
    window.kaplanMeierChart()->viewport()->installEventFilter(&watch);
    // The empty window's first frame (widgets laid out, fonts loaded, charts built), then
    // opening the registry in the window shown, each under the probe on its own.
    LatencyProbe probe;
    probe.start();
    window.show();
    waitFor([&] { return watch.painted; }, 10000);
    const double showBlock = probe.stopMs();
    probe.start();
    const bool started = parser.isSet(demo) ? window.openDemo() : window.openRegistry(name);
    if (!started || !window.waitUntilShown()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(name));
        return 1;
    }
    // The figures are in the chart now: the next paint of its viewport shows them.
    watch.painted = false;
    window.kaplanMeierChart()->viewport()->update();
    waitFor([&] { return watch.painted; }, 10000);
    const double firstPaint = double(sinceStart.nsecsElapsed()) / 1e6;
    const double openBlock = probe.stopMs();
    const QString label = QFileInfo(name).fileName().left(16);
    std::printf("   %-16s first paint with figures   %8.0f ms   (%lld patients)\n",
                qPrintable(label),
                firstPaint,
                static_cast<long long>(window.totalPatients()));
    std::printf("   %-16s GUI block showing the window %6.1f ms   (empty, its first frame)\n",
                "",
                showBlock);
    std::printf("   %-16s GUI block while opening    %8.1f ms\n", "", openBlock);

    // Filtering: presentations in turn (CS, obstruction, ...), each waited for until the
    // window shows its results.
    auto *combo = window.filterPanel()->findChild<QComboBox *>(QStringLiteral("presentation"));
    const int count = combo ? std::min(combo->count() - 1, parser.value(filters).toInt()) : 0;
    if (count > 0) {
        double slowest = 0;
        double worstBlock = 0;
        QElapsedTimer total;
        total.start();
        for (int i = 1; i <= count; ++i) {
            bool shown = false;
            const auto connection = QObject::connect(&window,
                                                     &MainWindow::resultsShown,
                                                     &app,
                                                     [&shown] { shown = true; });
            QElapsedTimer one;
            probe.start();
            one.start();
            combo->setCurrentIndex(i);
            if (parser.isSet(shots)) {
                // While the worker computes: the window must still paint and answer.
                QElapsedTimer pause;
                pause.start();
                waitFor([&] { return pause.elapsed() >= 150; });
                window.grab().save(QDir(parser.value(shots))
                                       .filePath(QStringLiteral("filter-%1-computing.png").arg(i)));
            }
            waitFor([&] { return shown; });
            if (parser.isSet(shots))
                window.grab().save(QDir(parser.value(shots))
                                       .filePath(QStringLiteral("filter-%1-shown.png").arg(i)));
            slowest = std::max(slowest, double(one.nsecsElapsed()) / 1e6);
            worstBlock = std::max(worstBlock, probe.stopMs());
            QObject::disconnect(connection);
        }
        std::printf(
            "   %-16s filter change to shown     %8.0f ms   (mean of %d; slowest %.0f ms)\n",
            "",
            double(total.elapsed()) / count,
            count,
            slowest);
        std::printf("   %-16s GUI block while filtering  %8.1f ms   (%d patients shown last)\n",
                    "",
                    worstBlock,
                    window.visiblePatients());
    }

    // Exporting the Kaplan-Meier chart as the window shows it (on the GUI thread).
    QTemporaryDir folder;
    probe.start();
    QElapsedTimer exporting;
    exporting.start();
    window.exportKaplanMeierChart(folder.filePath(QStringLiteral("km.pdf")), QSize(1600, 1000), 150);
    const double exportMs = double(exporting.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    std::printf("   %-16s PDF export of the KM chart %8.0f ms   (GUI block %.1f ms)\n",
                "",
                exportMs,
                probe.stopMs());

    if (parser.isSet(import)) {
        bool finished = false;
        qint64 rows = 0;
        QObject::connect(&window, &MainWindow::importFinished, &app, [&](const ImportReport &report) {
            finished = true;
            rows = report.rowsImported;
        });
        QElapsedTimer importing;
        probe.start();
        importing.start();
        window.importIntoRegistry(parser.value(import),
                                  folder.filePath(QStringLiteral("imported.sqlite")),
                                  ProvenanceEntry::Mode::Create);
        waitFor([&] { return finished; });
        std::printf("   %-16s import in the window       %8.0f ms   (%lld rows)\n",
                    "",
                    double(importing.nsecsElapsed()) / 1e6,
                    static_cast<long long>(rows));
        std::printf("   %-16s GUI block while importing  %8.1f ms\n", "", probe.stopMs());
    }
    return 0;
}

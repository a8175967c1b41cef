// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// cohortlens-bench-window: the window as a user meets it, timed. Prints the time from
// start to the first paint of the window with the registry's figures, and the longest
// time the GUI thread did not answer (an event-loop latency probe: a 5 ms timer whose
// lateness is the block) while the window opens, filters, imports and exports.
// Usage: cohortlens-bench-window --demo | --registry DB [--import CSV]

#include "chartexporter.h"
#include "filterpanel.h"
#include "localization.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace CohortLens;

namespace {

// Measures how late a 5 ms timer fires: the longest lateness is the longest block.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worst = std::max(m_worst, now - m_last - 5'000'000);
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
        m_timer.stop();
        return double(m_worst) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// Runs the event loop until `done` or the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
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
    const QCommandLineOption import(QStringLiteral("import"),
                                    QStringLiteral("A CSV to import while probing the GUI thread."),
                                    QStringLiteral("CSV"));
    parser.addOptions({demo, registry, import});
    parser.process(app);

    const QString name = parser.isSet(demo) ? QStringLiteral("demo") : parser.value(registry);
    MainWindow window;
    bool painted = false;
    struct PaintWatch : QObject
    {
        bool *painted;
        explicit PaintWatch(bool *p)
            : painted(p)
        {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                *painted = true;
            return false;
        }
    } watch(&painted);
    LatencyProbe probe;
    probe.start();
    const bool started = parser.isSet(demo) ? window.openDemo() : window.openRegistry(name);
    window.show();
    if (!started || !window.waitUntilShown()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(name));
        return 1;
    }
    window.kaplanMeierChart()->viewport()->installEventFilter(&watch);
    window.kaplanMeierChart()->viewport()->update();
    waitFor([&] { return painted; }, 10000);
    const double firstPaint = double(sinceStart.nsecsElapsed()) / 1e6;
    const double openBlock = probe.stopMs();
    std::printf("   %-12s first paint with figures  %8.0f ms   (%lld patients)\n",
                qPrintable(QFileInfo(name).fileName().left(12)),
                firstPaint,
                static_cast<long long>(window.totalPatients()));
    std::printf("   %-12s GUI block while opening   %8.1f ms\n", "", openBlock);

    // Filtering: every presentation in turn, each waited for.
    auto *combo = window.filterPanel()->findChild<QComboBox *>(QStringLiteral("presentation"));
    probe.start();
    QElapsedTimer filtering;
    filtering.start();
    for (int i = 1; combo && i < combo->count(); ++i) {
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        combo->setCurrentIndex(i);
        waitFor([&] { return !shown.isEmpty(); });
    }
    std::printf("   %-12s GUI block while filtering %8.1f ms   (%d filters, %.0f ms each)\n",
                "",
                probe.stopMs(),
                combo ? combo->count() - 1 : 0,
                combo ? double(filtering.elapsed()) / (combo->count() - 1) : 0.0);

    // Exporting the Kaplan-Meier chart as the window shows it.
    QTemporaryDir folder;
    probe.start();
    window.exportChartTo(ChartExporter::Chart::KaplanMeier,
                         folder.filePath(QStringLiteral("km.pdf")));
    waitFor([&] { return QFileInfo::exists(folder.filePath(QStringLiteral("km.pdf"))); }, 60000);
    std::printf("   %-12s GUI block while exporting %8.1f ms\n", "", probe.stopMs());

    if (parser.isSet(import)) {
        QSignalSpy finished(&window, &MainWindow::importFinished);
        probe.start();
        window.importIntoRegistry(parser.value(import),
                                  folder.filePath(QStringLiteral("imported.sqlite")),
                                  ProvenanceEntry::Mode::Create);
        waitFor([&] { return !finished.isEmpty(); });
        std::printf("   %-12s GUI block while importing %8.1f ms\n", "", probe.stopMs());
    }
    return 0;
}

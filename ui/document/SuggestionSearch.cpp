#include "document/SuggestionSearch.h"

#include "common/LocalizedError.h"

#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::ui {

namespace {

// Every document's searches share one worker thread: a search never delays a score, and never
// runs twice at once.
Q_GLOBAL_STATIC(QThreadPool, suggestionPool)

QThreadPool* suggestionWorker()
{
    static const bool configured = [] {
        suggestionPool()->setMaxThreadCount(1);
        return true;
    }();
    (void)configured;
    return suggestionPool();
}

constexpr int kSettlingDelayMs = 300;

} // namespace

SuggestionSearch::SuggestionSearch(QObject* parent) : QObject(parent)
{
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &SuggestionSearch::onFinished);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kSettlingDelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (!m_searching)
            return;
        if (m_watcher->isRunning())
            m_queued = true; // started when the running search ends: one at a time
        else
            startNow();
    });
}

SuggestionSearch::~SuggestionSearch()
{
    m_watcher->disconnect(this);
    m_delay->stop();
}

void SuggestionSearch::request(Suggest suggest, nlohmann::json record)
{
    ++m_generation;
    m_suggest = std::move(suggest);
    m_record = std::move(record);
    m_result = {};
    m_searching = true;
    m_queued = false;
    m_delay->start();
    emit changed();
}

void SuggestionSearch::showWithoutSearch(explain::CounterfactualResult result)
{
    ++m_generation;
    m_delay->stop();
    m_searching = false;
    m_queued = false;
    m_result = std::move(result);
    emit changed();
}

void SuggestionSearch::startNow()
{
    m_queued = false;
    m_watcher->setFuture(QtConcurrent::run(
        suggestionWorker(), [suggest = m_suggest, record = m_record, generation = m_generation] {
            Outcome outcome;
            outcome.generation = generation;
            try {
                outcome.result = suggest(record);
            } catch (const LocalizedError& error) {
                // No suggestion rather than no editor, and the advisor reads why, in her language.
                outcome.result = {};
                outcome.result.statement = {
                    "Les pistes n'ont pas pu être calculées : " + error.text().fr + ".",
                    "Suggestions could not be computed: " + error.text().en + "."};
            } catch (const std::exception& error) {
                outcome.result = {};
                outcome.result.statement = {
                    std::string("Les pistes n'ont pas pu être calculées : ") + error.what() + ".",
                    std::string("Suggestions could not be computed: ") + error.what() + "."};
            }
            return outcome;
        }));
}

void SuggestionSearch::onFinished()
{
    const Outcome outcome = m_watcher->result();
    if (m_queued && m_searching) {
        startNow();
        return;
    }
    if (outcome.generation != m_generation || !m_searching)
        return; // for a scenario no longer current
    m_searching = false;
    m_result = outcome.result;
    emit changed();
}

} // namespace credit::ui

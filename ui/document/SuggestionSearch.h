#pragma once

#include "explain/Counterfactual.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <nlohmann/json.hpp>

class QTimer;

namespace credit::ui {

// The counterfactual search of a scenario document, off the GUI thread: it scores ~130 variants
// of the record. It starts only once the advisor has stayed on a scenario for a moment (arrowing
// down the client list starts none), runs one at a time on a one-thread pool of its own (apart
// from the global pool where the service explains the selected client), queues only the newest
// scenario while one runs, and drops a result for a scenario that is no longer current.
class SuggestionSearch : public QObject {
    Q_OBJECT
public:
    using Suggest = std::function<explain::CounterfactualResult(const nlohmann::json& record)>;

    explicit SuggestionSearch(QObject* parent = nullptr);
    ~SuggestionSearch() override;

    // Searches for `record` after the settling delay; any earlier request is now stale.
    void request(Suggest suggest, nlohmann::json record);
    // No search for the current scenario: `result` (usually only a statement) is what to show.
    void showWithoutSearch(explain::CounterfactualResult result);

    // True from a request until its result is shown.
    bool isSearching() const { return m_searching; }
    const explain::CounterfactualResult& result() const { return m_result; }

signals:
    // isSearching() or result() changed.
    void changed();

private:
    struct Outcome {
        quint64 generation = 0;
        explain::CounterfactualResult result;
    };
    void startNow();
    void onFinished();

    QFutureWatcher<Outcome>* m_watcher = nullptr;
    QTimer* m_delay = nullptr;
    Suggest m_suggest;
    nlohmann::json m_record;
    explain::CounterfactualResult m_result;
    quint64 m_generation = 0; // bumped by every request: an older search's answer is dropped
    bool m_searching = false;
    bool m_queued = false;
};

} // namespace credit::ui

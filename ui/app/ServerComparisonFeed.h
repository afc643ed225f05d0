#pragma once

#include <QObject>

#include <set>

namespace credit::service {
class RecordsClient;
}

namespace credit::ui {

class ComparisonView;

// Server mode's comparison: the view's requests for a group's aggregates go to the server's
// population routes and the answers (small counts suppressed by the server) come back to the
// view. No client row reaches the workstation. Puts the view in server mode while it lives.
class ServerComparisonFeed : public QObject {
    Q_OBJECT
public:
    ServerComparisonFeed(service::RecordsClient& records, ComparisonView& view,
                         QObject* parent = nullptr);
    ~ServerComparisonFeed() override;

    // Asks the server which levels each categorical filter offers (the levels of the filter's
    // variable over everyone), for the filters that do not have them yet: call it again once the
    // server answers after a failure.
    void loadFilterLevels();

private:
    std::set<int> m_levelsAsked; // filters answered or with a request on the way
    service::RecordsClient& m_records;
    ComparisonView& m_view;
};

} // namespace credit::ui

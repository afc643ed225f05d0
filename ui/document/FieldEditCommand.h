#pragma once

#include <QPointer>
#include <QUndoCommand>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace credit::ui {

class ScenarioDocument;

// One accepted edit of one field of a scenario document. Consecutive edits of the same field
// while typing merge into one step, so Ctrl+Z goes back to the value before the advisor started
// typing there. It acts on the document only; the editor shows whatever the document holds.
class FieldEditCommand : public QUndoCommand {
public:
    FieldEditCommand(ScenarioDocument* document, std::string column, nlohmann::json value,
                     const QString& text, bool mergeable);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QPointer<ScenarioDocument> m_document;
    std::string m_column;
    std::optional<nlohmann::json> m_before; // nullopt: the field had no edit
    std::optional<nlohmann::json> m_after;
    bool m_mergeable;
};

} // namespace credit::ui

#pragma once

#include "scenario/ScenarioEditor.h"

#include <QPointer>
#include <QUndoCommand>

namespace credit::ui {

// One accepted edit of one field. Consecutive edits of the same field while typing merge into
// one step, so Ctrl+Z goes back to the value before the advisor started typing there.
class FieldEditCommand : public QUndoCommand {
public:
    FieldEditCommand(ScenarioEditor* editor, std::string column,
                     std::optional<nlohmann::json> value, const QString& text, bool mergeable)
        : QUndoCommand(text), m_editor(editor), m_column(std::move(column)),
          m_before(editor->editOf(m_column)), m_after(std::move(value)), m_mergeable(mergeable)
    {}

    void redo() override
    {
        if (m_editor)
            m_editor->setEdit(m_column, m_after);
    }
    void undo() override
    {
        if (m_editor)
            m_editor->setEdit(m_column, m_before);
    }
    int id() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const FieldEditCommand*>(other);
        if (next->m_column != m_column || !next->m_mergeable)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    QPointer<ScenarioEditor> m_editor;
    std::string m_column;
    std::optional<nlohmann::json> m_before;
    std::optional<nlohmann::json> m_after;
    bool m_mergeable;
};

} // namespace credit::ui

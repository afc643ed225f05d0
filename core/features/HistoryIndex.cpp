#include "features/HistoryIndex.h"

#include "data/HomeCreditDataset.h"

#include <cmath>
#include <exception>
#include <functional>
#include <thread>

namespace credit::features {

namespace {

std::span<const double> keysOf(const data::Table& table, std::string_view keyColumn)
{
    return table.column(keyColumn).numbers();
}

} // namespace

KeySlots::KeySlots(std::span<const double> parentKeys)
{
    slotOfKey_.reserve(parentKeys.size());
    slotOfRow_.reserve(parentKeys.size());
    for (const double key : parentKeys) {
        if (std::isnan(key)) {
            slotOfRow_.push_back(kNoSlot);
            continue;
        }
        const auto next = static_cast<std::uint32_t>(slotOfKey_.size());
        const auto [found, inserted] = slotOfKey_.emplace(static_cast<long long>(key), next);
        slotOfRow_.push_back(found->second);
    }
}

std::uint32_t KeySlots::find(double key) const
{
    if (std::isnan(key))
        return kNoSlot;
    const auto found = slotOfKey_.find(static_cast<long long>(key));
    return found == slotOfKey_.end() ? kNoSlot : found->second;
}

GroupIndex GroupIndex::build(std::span<const double> childKeys, const KeySlots& parents)
{
    GroupIndex index;
    const std::size_t slots = parents.slotCount();
    index.offsets_.assign(slots + 1, 0);
    std::vector<std::uint32_t> slotOfRow(childKeys.size());
    // Real exports list a parent's rows together, so remembering the last key skips most lookups.
    double lastKey = std::nan("");
    std::uint32_t lastSlot = KeySlots::kNoSlot;
    for (std::size_t row = 0; row < childKeys.size(); ++row) {
        const double key = childKeys[row];
        if (key != lastKey) {
            lastKey = key;
            lastSlot = parents.find(key);
        }
        slotOfRow[row] = lastSlot;
        if (lastSlot != KeySlots::kNoSlot)
            ++index.offsets_[lastSlot + 1];
    }
    for (std::size_t slot = 0; slot < slots; ++slot)
        index.offsets_[slot + 1] += index.offsets_[slot];
    index.rows_.resize(index.offsets_[slots]);
    std::vector<std::uint32_t> cursor(index.offsets_.begin(), index.offsets_.end() - 1);
    for (std::size_t row = 0; row < childKeys.size(); ++row) {
        const auto slot = slotOfRow[row];
        if (slot != KeySlots::kNoSlot)
            index.rows_[cursor[slot]++] = static_cast<std::uint32_t>(row);
    }
    return index;
}

HistoryIndex HistoryIndex::build(const data::HomeCreditDataset& dataset)
{
    HistoryIndex index;
    index.applicants_ = KeySlots(keysOf(dataset.applications, "SK_ID_CURR"));

    std::vector<std::function<void()>> jobs;
    // bureau_balance needs the bureau credits' slots first; it is by far the largest table, so
    // it goes first and the smaller tables share the other core.
    if (dataset.bureau) {
        jobs.emplace_back([&] {
            index.bureau_ =
                GroupIndex::build(keysOf(*dataset.bureau, "SK_ID_CURR"), index.applicants_);
            index.bureauCredits_ = KeySlots(keysOf(*dataset.bureau, "SK_ID_BUREAU"));
            if (dataset.bureauBalance)
                index.bureauBalance_ = GroupIndex::build(
                    keysOf(*dataset.bureauBalance, "SK_ID_BUREAU"), index.bureauCredits_);
        });
    }
    jobs.emplace_back([&] {
        const auto group = [&](const std::optional<data::Table>& table, GroupIndex& target) {
            if (table)
                target = GroupIndex::build(keysOf(*table, "SK_ID_CURR"), index.applicants_);
        };
        group(dataset.installmentsPayments, index.installments_);
        group(dataset.posCashBalance, index.pos_);
        group(dataset.creditCardBalance, index.creditCard_);
        group(dataset.previousApplications, index.previous_);
    });

    // A single client's history is a few dozen rows: starting threads would cost more than it
    // saves.
    std::size_t relatedRows = 0;
    for (const auto* table :
         {&dataset.bureau, &dataset.bureauBalance, &dataset.previousApplications,
          &dataset.posCashBalance, &dataset.installmentsPayments, &dataset.creditCardBalance})
        relatedRows += *table ? (*table)->rowCount() : 0;
    if (relatedRows < 100000) {
        for (auto& job : jobs)
            job();
        return index;
    }

    std::vector<std::exception_ptr> errors(jobs.size());
    std::vector<std::thread> threads;
    for (std::size_t job = 1; job < jobs.size(); ++job)
        threads.emplace_back([&, job] {
            try {
                jobs[job]();
            } catch (...) {
                errors[job] = std::current_exception();
            }
        });
    try {
        jobs[0]();
    } catch (...) {
        errors[0] = std::current_exception();
    }
    for (auto& thread : threads)
        thread.join();
    for (const auto& error : errors)
        if (error)
            std::rethrow_exception(error);
    return index;
}

ApplicantHistory HistoryIndex::history(std::size_t applicationRow) const
{
    ApplicantHistory history;
    history.applicationRow = applicationRow;
    const auto slot = applicants_.slotOfRow(applicationRow);
    if (slot == KeySlots::kNoSlot)
        return history;
    history.bureau = bureau_.group(slot);
    history.previous = previous_.group(slot);
    history.pos = pos_.group(slot);
    history.installments = installments_.group(slot);
    history.creditCard = creditCard_.group(slot);
    return history;
}

} // namespace credit::features

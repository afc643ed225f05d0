#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace credit::data {
struct HomeCreditDataset;
class Table;
} // namespace credit::data

namespace credit::features {

// The distinct keys of a parent table (SK_ID_CURR of applicants, SK_ID_BUREAU of bureau credits),
// each given a slot. Rows that share a key share its slot, so they see the same history.
class KeySlots {
public:
    static constexpr std::uint32_t kNoSlot = UINT32_MAX;

    KeySlots() = default;
    explicit KeySlots(std::span<const double> parentKeys);

    std::uint32_t slotOfRow(std::size_t row) const { return slotOfRow_[row]; }
    std::uint32_t find(double key) const;
    std::size_t slotCount() const { return slotOfKey_.size(); }

private:
    std::unordered_map<long long, std::uint32_t> slotOfKey_;
    std::vector<std::uint32_t> slotOfRow_;
};

// The rows of a child table grouped by parent slot, in their original order within a group
// (a stable counting sort). Four bytes per row and per slot: the only memory the grouping costs;
// no row is copied.
class GroupIndex {
public:
    GroupIndex() = default;
    static GroupIndex build(std::span<const double> childKeys, const KeySlots& parents);

    std::span<const std::uint32_t> group(std::uint32_t slot) const
    {
        // Widened first: kNoSlot + 1 would wrap to 0 in 32 bits.
        if (static_cast<std::size_t>(slot) + 1 >= offsets_.size())
            return {};
        return std::span<const std::uint32_t>(rows_).subspan(offsets_[slot],
                                                             offsets_[slot + 1] - offsets_[slot]);
    }

private:
    std::vector<std::uint32_t> offsets_;
    std::vector<std::uint32_t> rows_;
};

// Where one applicant's history lies in each related table: row numbers, in file order.
struct ApplicantHistory {
    std::size_t applicationRow = 0;
    std::span<const std::uint32_t> bureau;
    std::span<const std::uint32_t> previous;
    std::span<const std::uint32_t> pos;
    std::span<const std::uint32_t> installments;
    std::span<const std::uint32_t> creditCard;
};

// Every related table grouped by applicant once, so each applicant's aggregation reads only its
// own rows. The batch path and the single-client path both go through this index, so both hand
// the same rows in the same order to the same aggregation code.
class HistoryIndex {
public:
    // Groups the tables in parallel (one thread per table, the largest first).
    static HistoryIndex build(const data::HomeCreditDataset& dataset);

    ApplicantHistory history(std::size_t applicationRow) const;
    // The bureau_balance rows of one bureau row (its SK_ID_BUREAU).
    std::span<const std::uint32_t> bureauBalanceRows(std::uint32_t bureauRow) const
    {
        return bureauBalance_.group(bureauCredits_.slotOfRow(bureauRow));
    }
    // The bureau credit (SK_ID_BUREAU) a bureau row belongs to: rows with the same slot share
    // one bureau_balance group (KeySlots::kNoSlot for a row without a key).
    std::uint32_t bureauCreditSlot(std::uint32_t bureauRow) const
    {
        return bureauCredits_.slotOfRow(bureauRow);
    }

private:
    KeySlots applicants_;
    KeySlots bureauCredits_;
    GroupIndex bureau_;
    GroupIndex previous_;
    GroupIndex pos_;
    GroupIndex installments_;
    GroupIndex creditCard_;
    GroupIndex bureauBalance_;
};

} // namespace credit::features

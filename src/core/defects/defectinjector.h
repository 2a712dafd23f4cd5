#pragma once

#include "defects/defectkeyrow.h"
#include "defects/defectplan.h"
#include "model/cdrrecord.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace cdr {

class CdrEngine;

// Applies defects: to a run's records after the engine made them (BatchProducer's batch transform, on the worker
// threads), and writes the answer key of a range of ids. Both follow DefectPlan, so they agree whatever thread,
// batch or shard produced a record. damage() and describe() are const and thread-safe.
class DefectInjector {
public:
    explicit DefectInjector(const CdrEngine &engine);
    ~DefectInjector();

    bool enabled() const;
    // Damages the records of a batch (consecutive ids) in place.
    void damage(std::vector<CdrRecord> &batch) const;
    // The start time the engine generated for a record this run writes (damaged or not): --split slices by it.
    std::int64_t generatedStartTime(const CdrRecord &written) const;
    // Appends the answer key rows of ids [firstId, lastId] (records regenerated clean and damaged again).
    void describe(std::int64_t firstId, std::int64_t lastId, std::vector<DefectKeyRow> &out) const;

private:
    // Damages one record as its draw says; returns the variant applied (a fallback when the drawn one cannot apply).
    std::uint8_t apply(const DefectDraw &draw, CdrRecord &record) const;
    // A duplicate's copy of its source (id already set): shifted for a near duplicate.
    std::uint8_t finishDuplicate(const DefectDraw &draw, CdrRecord &copy) const;
    CdrRecord cleanRecord(std::int64_t id) const;

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr

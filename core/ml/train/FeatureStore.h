#pragma once

#include "core/ml/model/BatchBuilder.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace memescope::ml {

class FeatureCacheError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A 64-bit hash of bytes (multiply-xorshift over 8-byte words): the cache's keys and checksums. Not
// cryptographic; it tells changed contents apart, which is all a cache key needs.
uint64_t hashBytes(const void* data, size_t size, uint64_t seed = 0x6d656d6573636f70ULL);
std::string hexKey(uint64_t key);

// One encoder's cached features (one folder, named by everything that changes them: FeatureCache.h):
// half-float records of each meme in append-only segments. A segment is `seg-N.bin` (records) plus
// `seg-N.json` (its index: each meme's key, offset, rows and checksum, and the segment's size), the index
// written only after the records are flushed and renamed into place: a crash or a full disk leaves a
// segment without an index, which is deleted, never read. Opening verifies every segment (its size and
// every record's checksum); a truncated or corrupt one is deleted, so its memes are computed again.
// Reads are thread-safe.
class FeatureStore {
public:
    static std::unique_ptr<FeatureStore> open(const std::string& folder, int64_t hidden);
    // What a folder holds by its indexes alone (nothing verified, nothing deleted): for listings.
    struct Contents {
        int64_t memes = 0, bytes = 0; // bytes: every file of the folder
    };
    static Contents peek(const std::string& folder);
    ~FeatureStore();
    FeatureStore(const FeatureStore&) = delete;
    FeatureStore& operator=(const FeatureStore&) = delete;

    const std::string& folder() const { return folder_; }
    bool contains(uint64_t memeKey) const { return index_.count(memeKey) > 0; }
    int64_t size() const { return int64_t(index_.size()); }
    int64_t bytes() const { return bytes_; }
    // What opening found wrong (deleted segments), one line each naming the file.
    const std::vector<std::string>& problems() const { return problems_; }
    // A meme's features (half floats); throws FeatureCacheError naming the file when it cannot be read.
    std::shared_ptr<const CachedFeatures> load(uint64_t memeKey) const;

    // Adds memes to a new segment; commit() makes them visible (to this store and later opens). Destroyed
    // without commit(), the partial segment is deleted. Errors (disk full) throw FeatureCacheError.
    class Writer {
    public:
        explicit Writer(FeatureStore& store);
        ~Writer();
        Writer(const Writer&) = delete;
        Writer& operator=(const Writer&) = delete;
        void add(uint64_t memeKey, const CachedFeatures& features);
        void commit();

    private:
        struct Entry {
            uint64_t key, offset, bytes, checksum;
            int64_t clsRows, sequenceRows;
            bool present;
        };
        FeatureStore& store_;
        std::string name_, partialPath_;
        int fd_ = -1;
        uint64_t offset_ = 0;
        std::vector<Entry> entries_;
        bool committed_ = false;
    };

private:
    struct Location {
        int segment;
        uint64_t offset, bytes, checksum;
        int64_t clsRows, sequenceRows;
        bool present;
    };
    FeatureStore(std::string folder, int64_t hidden);
    void openSegment(const std::string& name);

    std::string folder_;
    int64_t hidden_;
    int64_t bytes_ = 0;
    std::vector<int> segmentFds_;
    std::vector<std::string> segmentPaths_;
    std::unordered_map<uint64_t, Location> index_;
    std::vector<std::string> problems_;
};

} // namespace memescope::ml

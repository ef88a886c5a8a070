#include "FeatureStore.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace memescope::ml {
namespace {

constexpr int kFormat = 1;

std::string systemError() {
    return std::strerror(errno);
}

uint64_t parseHex(const std::string& s) {
    return std::stoull(s, nullptr, 16);
}

void writeAll(int fd, const void* data, size_t size, const std::string& path) {
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw FeatureCacheError(path + ": cannot write the feature cache (" + systemError() +
                                    (errno == ENOSPC ? "; the disk is full" : "") + ")");
        p += n;
        size -= size_t(n);
    }
}

bool readAll(int fd, void* data, size_t size, uint64_t offset) {
    char* p = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = ::pread(fd, p, size, off_t(offset));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        p += n;
        size -= size_t(n);
        offset += uint64_t(n);
    }
    return true;
}

// Files an interrupted build left (a partial segment, an index never renamed into place, records whose
// index was never written), a day old: not a build still going on in another process.
void removeStaleLeftovers(const fs::path& folder) {
    const auto dayAgo = fs::file_time_type::clock::now() - std::chrono::hours(24);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const fs::path& p = entry.path();
        const std::string ext = p.extension().string();
        const bool orphan = ext == ".bin" && !fs::exists(fs::path(p).replace_extension(".json"), ec);
        if ((ext == ".partial" || ext == ".tmp" || orphan) && entry.last_write_time(ec) < dayAgo)
            fs::remove(p, ec);
    }
}

} // namespace

uint64_t hashBytes(const void* data, size_t size, uint64_t seed) {
    const auto* p = static_cast<const unsigned char*>(data);
    uint64_t h = seed ^ (uint64_t(size) * 0x9E3779B97F4A7C15ULL);
    auto mix = [&h](uint64_t w) {
        h ^= w;
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    };
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        mix(w);
    }
    uint64_t tail = 0;
    std::memcpy(&tail, p + i, size - i);
    mix(tail ^ 0xFF);
    h ^= h >> 29;
    h *= 0x94D049BB133111EBULL;
    return h ^ (h >> 32);
}

std::string hexKey(uint64_t key) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(key));
    return buf;
}

FeatureStore::FeatureStore(std::string folder, int64_t hidden)
    : folder_(std::move(folder))
    , hidden_(hidden) {}

FeatureStore::~FeatureStore() {
    for (int fd : segmentFds_)
        ::close(fd);
}

std::unique_ptr<FeatureStore> FeatureStore::open(const std::string& folder, int64_t hidden) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throw FeatureCacheError(folder + ": cannot create the feature cache folder (" + ec.message() + ")");
    std::unique_ptr<FeatureStore> store(new FeatureStore(folder, hidden));
    removeStaleLeftovers(folder);
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".json" && entry.path().filename().string().rfind("seg-", 0) == 0)
            names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    for (const std::string& name : names)
        store->openSegment(name);
    return store;
}

FeatureStore::Contents FeatureStore::peek(const std::string& folder) {
    Contents c;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        c.bytes += int64_t(entry.file_size(ec));
        const std::string name = entry.path().filename().string();
        if (name.rfind("seg-", 0) != 0 || entry.path().extension() != ".json") continue;
        try {
            c.memes += int64_t(nlohmann::json::parse(std::ifstream(entry.path())).at("entries").size());
        } catch (const nlohmann::json::exception&) { // a malformed index: opening the store deletes it
        }
    }
    return c;
}

void FeatureStore::openSegment(const std::string& name) {
    const fs::path indexPath = fs::path(folder_) / (name + ".json"),
                   binPath = fs::path(folder_) / (name + ".bin");
    auto drop = [&](const std::string& why) {
        problems_.push_back(binPath.string() + ": " + why + "; deleted, its memes are computed again");
        std::error_code ec;
        fs::remove(indexPath, ec);
        fs::remove(binPath, ec);
    };
    nlohmann::json j;
    uint64_t declared = 0;
    try {
        j = nlohmann::json::parse(std::ifstream(indexPath));
        if (j.at("format").get<int>() != kFormat || j.at("hidden").get<int64_t>() != hidden_)
            return drop("written by another version or for another encoder width");
        declared = j.at("bytes").get<uint64_t>();
    } catch (const nlohmann::json::exception& e) {
        return drop(std::string("its index is malformed (") + e.what() + ")");
    }
    std::error_code ec;
    const uintmax_t actual = fs::file_size(binPath, ec);
    if (ec) return drop("missing");
    if (actual != declared)
        return drop("truncated or grown (" + std::to_string(actual) + " bytes, the index says " +
                    std::to_string(declared) + ")");
    const int fd = ::open(binPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return drop("cannot be opened (" + systemError() + ")");
    std::vector<std::pair<uint64_t, Location>> found;
    std::vector<char> buffer;
    try {
        for (const auto& e : j.at("entries")) {
            Location loc;
            loc.segment = int(segmentFds_.size());
            loc.offset = e.at(1).get<uint64_t>();
            loc.bytes = e.at(2).get<uint64_t>();
            loc.checksum = parseHex(e.at(3).get<std::string>());
            loc.clsRows = e.at(4).get<int64_t>();
            loc.sequenceRows = e.at(5).get<int64_t>();
            loc.present = e.at(6).get<bool>();
            if (loc.bytes != uint64_t(loc.clsRows + loc.sequenceRows) * uint64_t(hidden_) * 2 ||
                loc.offset > declared || loc.bytes > declared - loc.offset) {
                ::close(fd);
                return drop("its index points past the end of the records");
            }
            buffer.resize(loc.bytes);
            if (!readAll(fd, buffer.data(), loc.bytes, loc.offset) ||
                hashBytes(buffer.data(), buffer.size()) != loc.checksum) {
                ::close(fd);
                return drop("a record fails its checksum (corrupt)");
            }
            found.emplace_back(parseHex(e.at(0).get<std::string>()), loc);
        }
    } catch (const std::exception& e) {
        ::close(fd);
        return drop(std::string("its index is malformed (") + e.what() + ")");
    }
    segmentFds_.push_back(fd);
    segmentPaths_.push_back(binPath.string());
    bytes_ += int64_t(declared);
    for (auto& [key, loc] : found)
        index_[key] = loc;
}

std::shared_ptr<const CachedFeatures> FeatureStore::load(uint64_t memeKey) const {
    const auto it = index_.find(memeKey);
    if (it == index_.end())
        throw FeatureCacheError(folder_ + ": no cached features for meme " + hexKey(memeKey));
    const Location& loc = it->second;
    torch::Tensor rows = torch::empty({loc.clsRows + loc.sequenceRows, hidden_}, torch::kHalf);
    const std::string& path = segmentPaths_[size_t(loc.segment)];
    errno = 0;
    if (!readAll(segmentFds_[size_t(loc.segment)], rows.data_ptr(), loc.bytes, loc.offset))
        throw FeatureCacheError(
            path + ": cannot read the cached features (" +
            (errno ? systemError() : std::string("the file is shorter than its index says")) + ")");
    if (hashBytes(rows.data_ptr(), loc.bytes) != loc.checksum)
        throw FeatureCacheError(path + ": a record changed since the cache was opened (corrupt); delete the "
                                       "feature cache and train again");
    auto f = std::make_shared<CachedFeatures>();
    f->cls = rows.narrow(0, 0, loc.clsRows);
    if (loc.sequenceRows > 0) f->sequence = rows.narrow(0, loc.clsRows, loc.sequenceRows);
    f->present = loc.present;
    return f;
}

FeatureStore::Writer::Writer(FeatureStore& store)
    : store_(store) {
    for (int n = 0;; ++n) {
        name_ =
            "seg-" + std::string(6 - std::min<size_t>(6, std::to_string(n).size()), '0') + std::to_string(n);
        const fs::path base = fs::path(store.folder_) / name_;
        if (fs::exists(base.string() + ".json") || fs::exists(base.string() + ".bin") ||
            fs::exists(base.string() + ".bin.partial"))
            continue;
        partialPath_ = base.string() + ".bin.partial";
        fd_ = ::open(partialPath_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd_ < 0 && errno == EEXIST) continue; // another build took the name
        if (fd_ < 0) throw FeatureCacheError(partialPath_ + ": cannot create (" + systemError() + ")");
        return;
    }
}

FeatureStore::Writer::~Writer() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(partialPath_.c_str());
}

void FeatureStore::Writer::add(uint64_t memeKey, const CachedFeatures& f) {
    torch::Tensor rows = f.sequence.defined()
                             ? torch::cat({f.cls.to(torch::kFloat32), f.sequence.to(torch::kFloat32)})
                             : f.cls.to(torch::kFloat32);
    rows = rows.to(torch::kHalf).contiguous();
    if (rows.size(1) != store_.hidden_)
        throw FeatureCacheError(store_.folder_ + ": features of width " + std::to_string(rows.size(1)) +
                                " for a cache of width " + std::to_string(store_.hidden_));
    const uint64_t bytes = uint64_t(rows.numel()) * 2;
    writeAll(fd_, rows.data_ptr(), bytes, partialPath_);
    entries_.push_back({memeKey, offset_, bytes, hashBytes(rows.data_ptr(), bytes), f.cls.size(0),
                        f.sequence.defined() ? f.sequence.size(0) : 0, f.present});
    offset_ += bytes;
}

void FeatureStore::Writer::commit() {
    if (::fsync(fd_) != 0)
        throw FeatureCacheError(partialPath_ + ": cannot write the feature cache (" + systemError() + ")");
    ::close(fd_);
    fd_ = -1;
    const fs::path base = fs::path(store_.folder_) / name_;
    const std::string binPath = base.string() + ".bin", indexPath = base.string() + ".json";
    std::error_code ec;
    fs::rename(partialPath_, binPath, ec);
    if (ec) throw FeatureCacheError(binPath + ": cannot be put in place (" + ec.message() + ")");
    committed_ = true; // the records are in place; without the index below they are never read
    nlohmann::json entries = nlohmann::json::array();
    for (const Entry& e : entries_)
        entries.push_back(
            {hexKey(e.key), e.offset, e.bytes, hexKey(e.checksum), e.clsRows, e.sequenceRows, e.present});
    const nlohmann::json index = {
        {"format", kFormat}, {"hidden", store_.hidden_}, {"bytes", offset_}, {"entries", entries}};
    const std::string tmp = indexPath + ".tmp";
    const std::string text = index.dump();
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    try {
        if (fd < 0) throw FeatureCacheError(tmp + ": cannot create (" + systemError() + ")");
        writeAll(fd, text.data(), text.size(), tmp);
        if (::fsync(fd) != 0) throw FeatureCacheError(tmp + ": cannot write (" + systemError() + ")");
        ::close(fd);
    } catch (...) {
        if (fd >= 0) ::close(fd);
        ::unlink(tmp.c_str());
        ::unlink(binPath.c_str());
        throw;
    }
    fs::rename(tmp, indexPath, ec);
    if (ec) {
        ::unlink(tmp.c_str());
        ::unlink(binPath.c_str());
        throw FeatureCacheError(indexPath + ": cannot be put in place (" + ec.message() + ")");
    }
    const int readFd = ::open(binPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (readFd < 0) throw FeatureCacheError(binPath + ": cannot be opened (" + systemError() + ")");
    const int segment = int(store_.segmentFds_.size());
    store_.segmentFds_.push_back(readFd);
    store_.segmentPaths_.push_back(binPath);
    store_.bytes_ += int64_t(offset_);
    for (const Entry& e : entries_)
        store_.index_[e.key] = {segment, e.offset, e.bytes, e.checksum, e.clsRows, e.sequenceRows, e.present};
}

} // namespace memescope::ml

#pragma once

#include <string>
#include <vector>

namespace memescope::baseline {

// The two analyzers of scikit-learn's TfidfVectorizer, on UTF-8 text, lower-cased (ASCII, Latin-1, Greek
// and Cyrillic capitals; scikit-learn lowers every script):
// words: the default token pattern (?u)\b\w\w+\b -- runs of two or more word characters (letters and digits
// of any script and '_'; punctuation, symbols and emoji end a word);
std::vector<std::string> wordTokens(const std::string& utf8);
// char_wb: each whitespace-separated chunk padded with one space on both sides, its character n-grams for
// n = minN..maxN, a chunk shorter than n counted once whole (as scikit-learn's _char_wb_ngrams).
std::vector<std::string> charWbGrams(const std::string& utf8, int minN, int maxN);

} // namespace memescope::baseline

extension Array where Element == Int {
    /// The index of the last line start at or before `offset`, in these
    /// ascending line starts: the line holding `offset`. An offset before
    /// the first start gives 0, one past the end the last line.
    package func lineIndex(holding offset: Int) -> Int {
        var low = 0
        var high = count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if self[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

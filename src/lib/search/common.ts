/** Searches offered as examples on the search page and as suggestions when a query finds nothing. */
export const commonSearches: readonly string[] = ['发表论文怎么折算', '发明专利', '半天', '合格证明', '网上核认', '中级职称跨度', '援疆'];

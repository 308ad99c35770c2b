/** Cache tags of the reader site; mutations revalidate them after commit. */
export const publicArticleTag = (locale: string, slug: string) => `public-article:${locale}:${slug}`;
export const publicListTag = (locale: string) => `public-list:${locale}`;

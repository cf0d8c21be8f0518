package org.masthead.engine.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text is cut into search terms, for indexing and for queries alike: Unicode words, lower case, accents folded
 * ("café" finds "cafe"), English stop words dropped and words stemmed ("stories" finds "story"). The HTML field
 * holds a story's stored body: its tags are stripped and its entities decoded first.
 */
final class TextAnalyzer extends Analyzer {
    private final String htmlField;

    TextAnalyzer(String htmlField) {
        this.htmlField = htmlField;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return fieldName.equals(htmlField) ? new HTMLStripCharFilter(reader) : reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream terms = new EnglishPossessiveFilter(words);
        terms = new LowerCaseFilter(terms);
        terms = new ASCIIFoldingFilter(terms);
        terms = new StopFilter(terms, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(words, new PorterStemFilter(terms));
    }

    /** Prefix and fuzzy query terms are not stemmed, only lower-cased and folded like indexed words. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

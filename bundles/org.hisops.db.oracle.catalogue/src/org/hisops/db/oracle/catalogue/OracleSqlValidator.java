package org.hisops.db.oracle.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Sql;

/**
 * Holds an Oracle statement against the {@link OracleCatalogue} for every catalogued release its version range
 * claims. Written for the SQL HisOps keeps in resource files (select lists, FROM with joins, WHERE, GROUP/ORDER BY,
 * subqueries), not for all of Oracle's grammar: it finds the dictionary views in FROM clauses (V$, GV$, DBA_, ALL_,
 * USER_ views, NLS_DATABASE_PARAMETERS, DATABASE_PROPERTIES, PRODUCT_COMPONENT_VERSION; any case, with or without
 * {@code SYS.}), their aliases, and the columns taken from them ({@code alias.column}, and unqualified columns where
 * one view is the only thing in FROM). What it cannot tie to a view it reports as a warning or leaves alone; it
 * never calls a statement wrong on a guess.
 */
public final class OracleSqlValidator {

    /** Dictionary views by name: the statement's own tables and synonyms are not the catalogue's business. */
    private static final Pattern DICTIONARY_VIEW = Pattern.compile(
            "(?:G?V\\$|DBA_|ALL_|USER_)[A-Z0-9_$#]+|NLS_DATABASE_PARAMETERS|DATABASE_PROPERTIES|PRODUCT_COMPONENT_VERSION");

    /**
     * Words that are never a column of a view: reserved words, clause words and pseudo-columns. No catalogued column
     * may be among them (a test holds the catalogue to that); TIME is a column of V$BACKUP, so it is not here.
     */
    static final Set<String> KEYWORDS = Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "IS",
            "NULL", "LIKE", "LIKEC", "ESCAPE", "BETWEEN", "EXISTS", "CASE", "WHEN", "THEN", "ELSE", "END", "AS", "ON",
            "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "NATURAL", "USING", "GROUP", "BY", "ORDER",
            "HAVING", "UNION", "ALL", "MINUS", "INTERSECT", "EXCEPT", "DISTINCT", "UNIQUE", "ASC", "DESC", "NULLS",
            "FIRST", "LAST", "CONNECT", "START", "WITH", "PRIOR", "NOCYCLE", "SIBLINGS", "CONNECT_BY_ROOT",
            "CONNECT_BY_ISLEAF", "CONNECT_BY_ISCYCLE", "OVER", "PARTITION", "ROWS", "RANGE", "UNBOUNDED", "PRECEDING",
            "FOLLOWING", "CURRENT", "ROW", "FOR", "UPDATE", "OF", "NOWAIT", "WAIT", "SKIP", "LOCKED", "ANY", "SOME",
            "ROWNUM", "ROWID", "LEVEL", "SYSDATE", "SYSTIMESTAMP", "CURRENT_DATE", "CURRENT_TIMESTAMP",
            "LOCALTIMESTAMP", "DBTIMEZONE", "SESSIONTIMEZONE", "USER", "UID", "TRUE", "FALSE", "DAY", "HOUR",
            "MINUTE", "SECOND", "MONTH", "YEAR", "TO", "ZONE", "LOCAL", "AT", "BOTH", "LEADING", "TRAILING",
            "SET", "TRANSACTION", "READ", "ONLY", "WRITE", "INTO", "VALUES", "INSERT", "DELETE", "MERGE", "TABLE",
            "SAMPLE", "SEED", "PIVOT", "UNPIVOT");

    private static final Set<String> FROM_ENDS = Set.of("WHERE", "GROUP", "HAVING", "ORDER", "CONNECT", "START",
            "FOR", "UNION", "INTERSECT", "MINUS", "EXCEPT", "MODEL");
    private static final Set<String> JOIN_WORDS = Set.of("JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS",
            "NATURAL", "OUTER");
    /** Words after which an expression goes on, so a following name is not an alias. */
    private static final Set<String> CONTINUES = Set.of("AND", "OR", "NOT", "IS", "IN", "LIKE", "LIKEC", "BETWEEN",
            "DISTINCT", "UNIQUE", "ALL", "PRIOR", "CASE", "WHEN", "THEN", "ELSE", "ANY", "SOME", "ESCAPE", "EXISTS",
            "SELECT", "DATE", "TIMESTAMP", "INTERVAL", "CONNECT_BY_ROOT");
    private static final Set<String> SET_OPERATORS = Set.of("UNION", "INTERSECT", "MINUS", "EXCEPT");

    private final OracleCatalogue catalogue;

    public OracleSqlValidator(OracleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Checks a SQL resource against the releases it claims. */
    public List<Finding> validate(Sql sql) {
        if (sql.engine() != Engine.ORACLE) {
            throw new IllegalArgumentException(sql.source() + " is written for " + sql.engine() + ", not Oracle");
        }
        return validate(sql.text(), sql.versions());
    }

    /**
     * Checks a statement against every catalogued release inside {@code claimed}. Findings come per release, in
     * the order the statement names things, without repeats.
     */
    public List<Finding> validate(String sql, DbVersionRange claimed) {
        List<DbVersion> releases = catalogue.releasesIn(claimed);
        if (releases.isEmpty()) {
            return List.of(new Finding(Finding.Rule.NO_CATALOGUED_RELEASE, null, null, null));
        }
        Analysis analysis = new Analysis(Token.scan(sql));
        analysis.statement(0, analysis.tokens.size(), null);
        Set<Finding> findings = new LinkedHashSet<>();
        for (DbVersion release : releases) {
            for (Block block : analysis.blocks) {
                for (Item item : block.items) {
                    if (item.dictionary) {
                        checkView(item, release, findings);
                    }
                }
            }
            for (ColumnUse use : analysis.columns) {
                checkColumn(use, release, findings);
            }
        }
        return List.copyOf(findings);
    }

    private void checkView(Item item, DbVersion release, Set<Finding> findings) {
        ViewStatus status = catalogue.status(item.name, release);
        if (status == ViewStatus.NOT_IN_RELEASE) {
            findings.add(new Finding(Finding.Rule.VIEW_NOT_IN_RELEASE, release, item.name, null));
        } else if (status == ViewStatus.UNKNOWN && !item.columnsUsed) {
            findings.add(new Finding(Finding.Rule.VIEW_NOT_CATALOGUED, release, item.name, null));
        }
    }

    private void checkColumn(ColumnUse use, DbVersion release, Set<Finding> findings) {
        if (use.item != null) {
            check(use.item, use.column, use.unqualified && mayBeOuter(use.block.outer, use.column, release), release,
                    findings);
            return;
        }
        // An unqualified column with several things in FROM: fine if a listed view has it, else unproven.
        for (Item item : use.block.items) {
            if (item.dictionary && listed(item.name, use.column, release)) {
                return;
            }
        }
        findings.add(new Finding(Finding.Rule.COLUMN_NOT_ATTRIBUTED, release, null, use.column));
    }

    private void check(Item view, String column, boolean mayBeOuter, DbVersion release, Set<Finding> findings) {
        ViewStatus status = catalogue.status(view.name, release);
        switch (status) {
            case COMPLETE -> {
                if (!listed(view.name, column, release)) {
                    // In a subquery an unqualified name the view lacks may belong to an enclosing query.
                    findings.add(new Finding(mayBeOuter ? Finding.Rule.COLUMN_NOT_ATTRIBUTED
                            : Finding.Rule.COLUMN_NOT_IN_VIEW, release, view.name, column));
                }
            }
            case PARTIAL, OTHER_BOOK -> {
                // listed (by the Reference or by another book of the release): it exists; otherwise unknown
                if (!listed(view.name, column, release)) {
                    findings.add(new Finding(Finding.Rule.COLUMN_NOT_LISTED, release, view.name, column));
                }
            }
            case UNKNOWN -> findings.add(new Finding(Finding.Rule.VIEW_NOT_CATALOGUED, release, view.name, column));
            case NOT_IN_RELEASE -> {
                // reported once for the view
            }
        }
    }

    /**
     * Whether an unqualified name that a subquery's own view lacks could come from an enclosing query: an enclosing
     * item that is not DUAL and not a completely documented view without that column.
     */
    private boolean mayBeOuter(Block outer, String column, DbVersion release) {
        for (Block b = outer; b != null; b = b.outer) {
            for (Item item : b.items) {
                if (item.dictionary ? catalogue.status(item.name, release) != ViewStatus.COMPLETE
                        || listed(item.name, column, release) : !item.name.equals("DUAL")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean listed(String view, String column, DbVersion release) {
        return catalogue.columns(view, release).stream().anyMatch(c -> c.name().equals(column));
    }

    /** A table, view or inline view in a FROM clause. */
    private static final class Item {
        final String name;
        final String alias;
        final boolean dictionary;
        boolean columnsUsed;

        Item(String name, String alias, boolean dictionary) {
            this.name = name;
            this.alias = alias;
            this.dictionary = dictionary;
        }

        boolean answersTo(String qualifier) {
            return alias != null ? alias.equals(qualifier) : name.equals(qualifier);
        }
    }

    /** One query block (SELECT ... FROM ... WHERE ...) and the query that encloses it, if any. */
    private static final class Block {
        final Block outer;
        final List<Item> items = new ArrayList<>();
        final Set<String> selectAliases = new LinkedHashSet<>();

        Block(Block outer) {
            this.outer = outer;
        }

        Item resolve(String qualifier) {
            for (Block b = this; b != null; b = b.outer) {
                for (Item item : b.items) {
                    if (item.answersTo(qualifier)) {
                        return item;
                    }
                }
            }
            return null;
        }
    }

    /** A column taken from a view ({@code item} set), or an unqualified one with several items in FROM. */
    private record ColumnUse(Block block, Item item, String column, boolean unqualified) {
    }

    /** Walks the tokens once, building the blocks, their FROM items and the column uses. */
    private static final class Analysis {
        final List<Token> tokens;
        final int[] partner;
        final List<Block> blocks = new ArrayList<>();
        final List<ColumnUse> columns = new ArrayList<>();
        final Set<String> withNames = new java.util.HashSet<>();

        Analysis(List<Token> tokens) {
            this.tokens = tokens;
            this.partner = new int[tokens.size()];
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            java.util.Arrays.fill(partner, -1);
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).is("(")) {
                    open.push(i);
                } else if (tokens.get(i).is(")") && !open.isEmpty()) {
                    int o = open.pop();
                    partner[o] = i;
                    partner[i] = o;
                }
            }
        }

        Token at(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : Token.END;
        }

        /** After a token at i: the next index at the same depth (past a parenthesised group). */
        int next(int i) {
            return at(i).is("(") && partner[i] > i ? partner[i] + 1 : i + 1;
        }

        boolean subqueryAt(int open) {
            return at(open).is("(") && partner[open] > open && (at(open + 1).word("SELECT") || at(open + 1).word("WITH"));
        }

        /** A whole statement or subquery: WITH clauses, then query blocks joined by set operators. */
        void statement(int from, int to, Block outer) {
            int i = from;
            if (at(i).word("WITH")) {
                i++;
                while (i < to && at(i).name() != null) {
                    withNames.add(at(i).name());
                    i++;
                    if (at(i).is("(") && !subqueryAt(i)) {
                        i = next(i); // the CTE's column list
                    }
                    if (at(i).word("AS")) {
                        i++;
                    }
                    if (subqueryAt(i)) {
                        statement(i + 1, partner[i], null); // a WITH query cannot see the query that uses it
                        i = partner[i] + 1;
                    }
                    if (!at(i).is(",")) {
                        break;
                    }
                    i++;
                }
            }
            List<int[]> parts = new ArrayList<>();
            int start = i;
            for (int j = i; j < to; j = next(j)) {
                if (at(j).type == Token.Type.WORD && SET_OPERATORS.contains(at(j).text)) {
                    parts.add(new int[] { start, j });
                    start = at(j + 1).word("ALL") ? j + 2 : j + 1;
                }
            }
            parts.add(new int[] { start, to });
            for (int[] part : parts) {
                if (subqueryAt(part[0])) {
                    statement(part[0] + 1, partner[part[0]], outer);
                } else {
                    block(part[0], part[1], outer, parts.size() > 1);
                }
            }
        }

        void block(int from, int to, Block outer, boolean compound) {
            Block block = new Block(outer);
            blocks.add(block);
            // Clause regions at this depth: [kind, start, end)
            List<int[]> expressions = new ArrayList<>();
            int selectStart = -1;
            int selectEnd = -1;
            int fromStart = -1;
            int fromEnd = -1;
            int clauseStart = from;
            String clause = "";
            for (int i = from; i <= to; i = i < to ? Math.min(next(i), to) : to + 1) {
                Token t = i < to ? at(i) : Token.END;
                String w = t.type == Token.Type.WORD ? t.text : null;
                boolean boundary = i == to || "SELECT".equals(w) && clause.isEmpty()
                        || "FROM".equals(w) && clause.equals("SELECT")
                        || w != null && FROM_ENDS.contains(w) && !clause.equals("SELECT");
                if (!boundary) {
                    continue;
                }
                switch (clause) {
                    case "SELECT" -> {
                        selectStart = clauseStart;
                        selectEnd = i;
                    }
                    case "FROM" -> {
                        fromStart = clauseStart;
                        fromEnd = i;
                    }
                    case "" -> {
                        if (i > clauseStart) {
                            expressions.add(new int[] { clauseStart, i, 0 }); // not a query: scan for subqueries
                        }
                    }
                    default -> expressions.add(new int[] { clauseStart, i, clause.equals("ORDER") ? 1 : 0 });
                }
                clause = w == null ? "" : w;
                clauseStart = i + 1;
            }
            if (fromStart >= 0) {
                fromClause(block, fromStart, fromEnd, expressions);
            }
            if (selectStart >= 0) {
                selectList(block, selectStart, selectEnd);
            }
            for (int[] region : expressions) {
                // ORDER BY of a compound query names the columns of the whole result, not of this block
                expression(block, region[0], region[1], region[2] == 1 && compound);
            }
        }

        void fromClause(Block block, int from, int to, List<int[]> expressions) {
            int i = from;
            boolean expectItem = true;
            while (i < to) {
                Token t = at(i);
                if (expectItem) {
                    expectItem = false;
                    if (t.is("(")) {
                        if (subqueryAt(i)) {
                            statement(i + 1, partner[i], block.outer); // an inline view sees only outer queries
                        }
                        i = next(i);
                        block.items.add(new Item("(subquery)", alias(i, to), false));
                        if (block.items.get(block.items.size() - 1).alias != null) {
                            i = skipAlias(i);
                        }
                        continue;
                    }
                    if (t.word("TABLE") && at(i + 1).is("(")) {
                        i = next(i + 1);
                        block.items.add(new Item("(table)", alias(i, to), false));
                        continue;
                    }
                    String name = t.name();
                    if (name == null) {
                        i++;
                        continue;
                    }
                    String owner = null;
                    i++;
                    if (at(i).is(".") && at(i + 1).name() != null) {
                        owner = name;
                        name = at(i + 1).name();
                        i += 2;
                    }
                    boolean remote = false;
                    if (at(i).is("@")) { // a database link: not this database's dictionary
                        remote = true;
                        i++;
                        while (at(i).name() != null || at(i).is(".")) {
                            i++;
                        }
                    }
                    boolean dictionary = !remote && (owner == null ? !withNames.contains(name) : owner.equals("SYS"))
                            && DICTIONARY_VIEW.matcher(name).matches();
                    String alias = alias(i, to);
                    block.items.add(new Item(name, alias, dictionary));
                    i = alias == null ? i : skipAlias(i);
                    continue;
                }
                if (t.is(",") || t.word("JOIN")) {
                    expectItem = true;
                    i++;
                } else if (t.word("ON")) {
                    int end = i + 1;
                    while (end < to && !at(end).is(",")
                            && !(at(end).type == Token.Type.WORD && JOIN_WORDS.contains(at(end).text))) {
                        end = next(end);
                    }
                    expressions.add(new int[] { i + 1, end, 0 });
                    i = end;
                } else {
                    i = next(i); // join words, USING (...), sample clauses
                }
            }
        }

        /** The alias after a FROM item at i, if any ({@code AS} is accepted though Oracle rejects it there). */
        String alias(int i, int to) {
            if (i >= to) {
                return null;
            }
            int a = at(i).word("AS") ? i + 1 : i;
            Token t = at(a);
            if (t.type == Token.Type.QUOTED || t.type == Token.Type.WORD && !KEYWORDS.contains(t.text)
                    && !FROM_ENDS.contains(t.text)) {
                return t.name();
            }
            return null;
        }

        int skipAlias(int i) {
            return at(i).word("AS") ? i + 2 : i + 1;
        }

        /** Select-list aliases are not columns; what precedes them is an expression. */
        void selectList(Block block, int from, int to) {
            int start = from;
            while (start < to && (at(start).word("DISTINCT") || at(start).word("UNIQUE") || at(start).word("ALL"))) {
                start++;
            }
            int itemStart = start;
            for (int i = start; i <= to; i = i < to ? Math.min(next(i), to) : to + 1) {
                if (i < to && !at(i).is(",")) {
                    continue;
                }
                int last = lastIndex(itemStart, i);
                int end = i;
                if (last > itemStart && at(last).name() != null && !KEYWORDS.contains(at(last).text)) {
                    int before = lastIndex(itemStart, last);
                    Token b = at(before);
                    // After something that ends a value, a name is an alias: "count(*) n", "d.name db", "NULL x"
                    // (a parenthesised group counts as its opening token here).
                    boolean alias = b.word("AS") || b.is("(") || b.type == Token.Type.STRING
                            || b.type == Token.Type.NUMBER || b.type == Token.Type.BIND || b.type == Token.Type.QUOTED
                            || b.type == Token.Type.WORD && !CONTINUES.contains(b.text);
                    if (b.word("AS") && before > itemStart) {
                        block.selectAliases.add(at(last).name());
                        end = before;
                    } else if (alias && !b.word("AS")) {
                        block.selectAliases.add(at(last).name());
                        end = last;
                    }
                }
                expression(block, itemStart, end, false);
                itemStart = i + 1;
            }
        }

        /** The index of the last token at this depth in [from, to). */
        int lastIndex(int from, int to) {
            int last = -1;
            for (int i = from; i < to; i = next(i)) {
                last = i;
            }
            return last;
        }

        void expression(Block block, int from, int to, boolean skipUnqualified) {
            int i = from;
            while (i < to) {
                Token t = at(i);
                if (t.is("(")) {
                    int close = partner[i] > i ? partner[i] : to;
                    if (subqueryAt(i)) {
                        statement(i + 1, close, block);
                    } else if (at(i - 1).word("CAST")) {
                        expression(block, i + 1, castEnd(i + 1, close), skipUnqualified);
                    } else {
                        expression(block, i + 1, close, skipUnqualified);
                    }
                    i = close + 1;
                    continue;
                }
                String name = t.name();
                if (name == null) {
                    i++;
                    continue;
                }
                if (at(i + 1).is(".") && (at(i + 2).name() != null || at(i + 2).is("*"))) {
                    i = qualified(block, i);
                    continue;
                }
                boolean literalPrefix = (t.word("DATE") || t.word("TIMESTAMP") || t.word("INTERVAL"))
                        && at(i + 1).type == Token.Type.STRING;
                boolean function = at(i + 1).is("(") && !outerJoinMarker(i + 1);
                boolean notColumn = t.type == Token.Type.WORD && KEYWORDS.contains(name) || literalPrefix || function
                        || at(i - 1).word("AS") || at(i + 1).is("=>") || at(i - 1).is(".")
                        || t.word("TIME") && (at(i - 1).word("AT") || at(i - 1).word("WITH"))
                        || block.selectAliases.contains(name) || skipUnqualified;
                if (!notColumn) {
                    unqualified(block, name);
                }
                i++;
            }
        }

        /** {@code q.column}, {@code owner.view.column} or {@code package.function(...)}; returns the next index. */
        int qualified(Block block, int i) {
            int end = i;
            List<String> parts = new ArrayList<>();
            parts.add(at(i).name());
            while (at(end + 1).is(".") && (at(end + 2).name() != null || at(end + 2).is("*"))) {
                end += 2;
                parts.add(at(end).is("*") ? "*" : at(end).name());
            }
            if (at(end + 1).is("(") && !outerJoinMarker(end + 1)) {
                return end + 1; // a packaged function; its arguments are scanned next
            }
            String column = parts.get(parts.size() - 1);
            String qualifier = parts.size() == 3 && parts.get(0).equals("SYS") ? parts.get(1) : parts.get(parts.size() - 2);
            Item item = parts.size() <= 3 ? block.resolve(qualifier) : null;
            if (item != null && !column.equals("*")) {
                item.columnsUsed = true;
                if (item.dictionary) {
                    columns.add(new ColumnUse(block, item, column, false));
                }
            }
            return end + 1;
        }

        void unqualified(Block block, String column) {
            for (Item item : block.items) {
                if (item.answersTo(column)) {
                    return;
                }
            }
            List<Item> views = block.items.stream().filter(it -> it.dictionary).toList();
            if (views.isEmpty()) {
                return; // DUAL, inline views, the application's tables: nothing to check against
            }
            if (block.items.size() == 1) {
                Item view = views.get(0);
                view.columnsUsed = true;
                columns.add(new ColumnUse(block, view, column, true));
            } else {
                views.forEach(v -> v.columnsUsed = true);
                columns.add(new ColumnUse(block, null, column, true));
            }
        }

        /** Oracle's old outer-join marker {@code (+)} after a column. */
        boolean outerJoinMarker(int open) {
            return at(open + 1).is("+") && at(open + 2).is(")");
        }

        /** In {@code CAST(expr AS type)} only the expression holds columns. */
        int castEnd(int from, int close) {
            for (int i = from; i < close; i = next(i)) {
                if (at(i).word("AS")) {
                    return i;
                }
            }
            return close;
        }
    }

    /** A lexical token of Oracle SQL; comments and whitespace are dropped, literals kept as one token. */
    private record Token(Type type, String text) {

        enum Type {
            WORD, QUOTED, STRING, NUMBER, BIND, SYMBOL, END
        }

        static final Token END = new Token(Type.END, "");

        boolean is(String symbol) {
            return type == Type.SYMBOL && text.equals(symbol);
        }

        boolean word(String word) {
            return type == Type.WORD && text.equals(word);
        }

        /** The identifier's name as Oracle stores it (unquoted: upper case), or null for other tokens. */
        String name() {
            return type == Type.WORD || type == Type.QUOTED ? text : null;
        }

        static List<Token> scan(String sql) {
            List<Token> tokens = new ArrayList<>();
            int n = sql.length();
            int i = 0;
            while (i < n) {
                char c = sql.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                    while (i < n && sql.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                    int close = sql.indexOf("*/", i + 2);
                    i = close < 0 ? n : close + 2;
                } else if ((c == 'q' || c == 'Q') && i + 2 < n && sql.charAt(i + 1) == '\'') {
                    i = quoteLiteral(sql, i + 2);
                    tokens.add(new Token(Type.STRING, ""));
                } else if ((c == 'n' || c == 'N') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                    i = stringLiteral(sql, i + 1);
                    tokens.add(new Token(Type.STRING, ""));
                } else if (c == '\'') {
                    i = stringLiteral(sql, i);
                    tokens.add(new Token(Type.STRING, ""));
                } else if (c == '"') {
                    int close = sql.indexOf('"', i + 1);
                    close = close < 0 ? n : close;
                    tokens.add(new Token(Type.QUOTED, sql.substring(i + 1, close)));
                    i = close + 1;
                } else if (Character.isLetter(c)) {
                    int start = i;
                    while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || "_$#".indexOf(sql.charAt(i)) >= 0)) {
                        i++;
                    }
                    tokens.add(new Token(Type.WORD, sql.substring(start, i).toUpperCase(Locale.ROOT)));
                } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                    int start = i;
                    while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                        i++;
                    }
                    tokens.add(new Token(Type.NUMBER, sql.substring(start, i)));
                } else if (c == ':' && i + 1 < n && (Character.isLetterOrDigit(sql.charAt(i + 1)))) {
                    i++;
                    while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                        i++;
                    }
                    tokens.add(new Token(Type.BIND, ""));
                } else if (c == '?') {
                    i++;
                    tokens.add(new Token(Type.BIND, ""));
                } else if (c == '=' && i + 1 < n && sql.charAt(i + 1) == '>') {
                    tokens.add(new Token(Type.SYMBOL, "=>"));
                    i += 2;
                } else {
                    tokens.add(new Token(Type.SYMBOL, String.valueOf(c)));
                    i++;
                }
            }
            return tokens;
        }

        private static int stringLiteral(String sql, int open) {
            int i = open + 1;
            while (i < sql.length()) {
                if (sql.charAt(i) == '\'') {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                i++;
            }
            return i;
        }

        /** {@code q'[...]'}: the delimiter after the quote, closed by its partner and a quote. */
        private static int quoteLiteral(String sql, int delimiterAt) {
            char open = sql.charAt(delimiterAt);
            char close = switch (open) {
                case '[' -> ']';
                case '{' -> '}';
                case '(' -> ')';
                case '<' -> '>';
                default -> open;
            };
            int end = sql.indexOf(close + "'", delimiterAt + 1);
            return end < 0 ? sql.length() : end + 2;
        }
    }
}

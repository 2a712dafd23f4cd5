// Parses a cdrgen T-SQL script (-o tsql:) statement by statement with node-sql-parser's `transactsql` dialect and
// checks that each statement is of a form the script is meant to hold. Usage: node parse_tsql.js NODE_MODULES FILE
// Exit 0 and a "PASS: ..." line with the counts; exit 1 naming the first statement that fails.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [modules, file] = process.argv.slice(2);
const { Parser } = require(path.join(modules, 'node-sql-parser'));
const parser = new Parser();

let text = fs.readFileSync(file);
if (file.endsWith('.gz'))
    text = zlib.gunzipSync(text);
text = text.toString('utf8');

function fail(message) {
    console.log('FAIL: ' + message);
    process.exit(1);
}

// node-sql-parser 5.4 has no grammar for transaction control: it reads BEGIN TRANSACTION and COMMIT TRANSACTION
// as a call of a function TRANSACTION assigned to a variable BEGIN / COMMIT (bare COMMIT is rejected). The script
// writes these two exact forms; this checks the parser accepted them and they are what the script means.
function transactionControl(ast, keyword) {
    return Array.isArray(ast) && ast.length === 1 && ast[0].stmt && ast[0].stmt.type === 'assign' &&
        ast[0].stmt.left.name === keyword && ast[0].stmt.right.type === 'function';
}

function kindOf(statement, ast) {
    if (statement === 'BEGIN TRANSACTION;' && transactionControl(ast, 'BEGIN'))
        return 'begin';
    if (statement === 'COMMIT TRANSACTION;' && transactionControl(ast, 'COMMIT'))
        return 'commit';
    const node = Array.isArray(ast) ? (ast.length === 1 ? ast[0] : null) : ast;
    if (!node)
        return 'unexpected list of ' + ast.length + ' statements';
    if (node.type === 'set')
        return 'set';
    if (node.type !== 'if' || !node.if_expr || !node.if_expr.ast)
        return 'unexpected ' + node.type;
    const inner = node.if_expr.ast;
    if (inner.type === 'insert' && node.boolean_expr.operator === 'NOT EXISTS' && inner.table[0].table === 'cdr_defects') {
        // The defects answer key's rows: guarded on an id range of their own, after the previous INSERT's range.
        const guard = node.boolean_expr.expr.ast;
        const where = guard.where;
        if (!where || where.operator !== 'BETWEEN' || guard.from.length !== 1 || guard.from[0].table !== 'cdr_defects')
            return 'key insert without its id range guard';
        const first = where.right.value[0].value, last = where.right.value[1].value;
        const ids = inner.values.values.map(row => row.value[0].value);
        if (ids[0] !== first || ids[ids.length - 1] !== last)
            return 'key insert guarded on ids other than its first and last';
        if (first <= lastKeyId || ids.some((id, i) => i > 0 && id < ids[i - 1]))
            return 'key insert whose range meets the one before';
        if (ids.length > 1000)
            return 'key insert of ' + ids.length + ' rows';
        lastKeyId = last;
        keyRows += ids.length;
        return 'key insert';
    }
    if (inner.type === 'insert' && node.boolean_expr.operator === 'NOT EXISTS' && inner.table[0].table !== 'cdr') {
        // A world table's rows: guarded on <table>_runs holding no row yet.
        const guard = node.boolean_expr.expr.ast;
        if (guard.where || guard.from.length !== 1 || guard.from[0].table !== 'cdr_runs')
            return 'world insert without its cdr_runs guard';
        if (inner.values.values.length > 1000)
            return 'world insert of ' + inner.values.values.length + ' rows';
        worldRows += inner.values.values.length;
        return 'world insert';
    }
    if (inner.type === 'insert' && node.boolean_expr.operator === 'NOT EXISTS') {
        const where = node.boolean_expr.expr.ast.where;
        if (!where || where.operator !== 'IN' || where.right.value.length !== 2)
            return 'insert without its two-id guard';
        const rows = inner.values.values;
        const first = rows[0].value[0].value, last = rows[rows.length - 1].value[0].value;
        if (where.right.value[0].value !== first || where.right.value[1].value !== last)
            return 'insert guarded on ids other than its first and last';
        if (rows.length > 1000)
            return 'insert of ' + rows.length + ' rows';
        insertedRows += rows.length;
        return 'insert';
    }
    if (inner.type === 'create' && inner.keyword === 'table')
        return 'create table';
    if (inner.type === 'create' && inner.keyword === 'index')
        return 'create index';
    return 'unexpected if ... ' + inner.type;
}

let insertedRows = 0, worldRows = 0, keyRows = 0, lastKeyId = 0;
const counts = {};
let statement = '';
let batches = 0;
for (const line of text.split('\n')) {
    if (line === 'GO') {
        if (statement !== '')
            fail('GO inside a statement: ' + statement.slice(0, 200));
        ++batches;
        continue;
    }
    if (statement === '' && (line === '' || line.startsWith('--')))
        continue;
    statement += (statement === '' ? '' : '\n') + line;
    if (!line.endsWith(';'))
        continue;
    let ast;
    try {
        ast = parser.astify(statement, { database: 'transactsql' });
    } catch (error) {
        fail('node-sql-parser rejects: ' + statement.slice(0, 300) + '\n' + error.message.slice(0, 300));
    }
    const kind = kindOf(statement, ast);
    if (!['set', 'create table', 'begin', 'insert', 'world insert', 'key insert', 'commit', 'create index'].includes(kind))
        fail(kind + ': ' + statement.slice(0, 300));
    counts[kind] = (counts[kind] || 0) + 1;
    statement = '';
}
if (statement !== '')
    fail('the script ends inside a statement');
console.log('PASS: ' + batches + ' GO batches, ' + JSON.stringify(counts) + ', ' + insertedRows + ' rows, ' + worldRows +
    ' world rows, ' + keyRows + ' key rows');

package org.propamine.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfigTreeTest {

    private static ConfigTree base() {
        return ConfigTree.parse("base.yaml", "a: {b: 1, c: {d: x}}\nlist: [1, 2]\n");
    }

    @Test
    void overlayMergesMappingsAndReplacesValues() {
        ConfigTree t = base().overlay(ConfigTree.parse("top.yaml", "a: {c: {e: 2}}\nlist: [3]\n"));
        assertEquals(1, t.root().at("/a/b").asInt());
        assertEquals("x", t.root().at("/a/c/d").asText());
        assertEquals(2, t.root().at("/a/c/e").asInt());
        assertEquals(1, t.root().get("list").size());
        assertEquals("base.yaml", t.sourceOf("a.b"));
        assertEquals("top.yaml", t.sourceOf("a.c.e"));
        assertEquals("top.yaml", t.sourceOf("list"));
    }

    @Test
    void setParsesYamlScalarsAndRecordsTheSource() {
        ConfigTree t = base().set("a.b=0.25").set("a.c.d=Ant-v1").set("a.f=true").set("a.g=[1, 2, 3]");
        assertTrue(t.root().at("/a/b").isDouble());
        assertEquals(0.25, t.root().at("/a/b").asDouble());
        assertEquals("Ant-v1", t.root().at("/a/c/d").asText());
        assertTrue(t.root().at("/a/f").asBoolean());
        assertEquals(3, t.root().at("/a/g").size());
        assertEquals("--set a.b=0.25", t.sourceOf("a.b"));
        assertEquals("base.yaml", t.sourceOf("list"));
    }

    @Test
    void setCreatesMissingSectionsSoBindingCanNameTheUnknownField() {
        ConfigTree t = base().set("new.x=1");
        assertEquals(1, t.root().at("/new/x").asInt());
    }

    @Test
    void setRejectsMalformedAssignments() {
        var noEq = assertThrows(ConfigException.class, () -> base().set("a.b"));
        assertEquals("--set a.b: expected key.path=value (e.g. trainer.sigma=0.05)", noEq.getMessage());
        var badPath = assertThrows(ConfigException.class, () -> base().set("a..b=1"));
        assertTrue(badPath.getMessage().contains("not a key path"), badPath.getMessage());
        var throughValue = assertThrows(ConfigException.class, () -> base().set("a.b.z=1"));
        assertEquals("--set a.b.z=1: a.b is a value (1), not a section", throughValue.getMessage());
    }

    @Test
    void malformedYamlNamesFileAndLine() {
        var e = assertThrows(ConfigException.class, () -> ConfigTree.parse("bad.yaml", "a: 1\nb: [1, 2\n"));
        assertTrue(e.getMessage().startsWith("bad.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /** Regression: the message used to carry SnakeYAML's quoted source lines, carets and "in 'reader'". */
    @Test
    void malformedYamlIsTheProblemAtItsLineAndColumn() {
        var flow = assertThrows(ConfigException.class, () -> ConfigTree.parse("bad.yaml", "a: 1\nb: [1, 2\n"));
        assertEquals("bad.yaml:2:4: malformed YAML: expected ',' or ']', but got <stream end> "
                + "(while parsing a flow sequence)", flow.getMessage());
        var tab = assertThrows(ConfigException.class, () -> ConfigTree.parse("tab.yaml", "a:\n  b: 1\n\tc: 2\n"));
        assertTrue(tab.getMessage().startsWith("tab.yaml:3:1: malformed YAML: found character '\\t(TAB)' that cannot start any token"),
                tab.getMessage());
        assertFalse(tab.getMessage().contains("reader"), tab.getMessage());
    }

    @Test
    void documentMustBeAMapping() {
        var e = assertThrows(ConfigException.class, () -> ConfigTree.parse("list.yaml", "- 1\n- 2\n"));
        assertEquals("list.yaml: expected a mapping of sections (key: value), got a list", e.getMessage());
        assertEquals(0, ConfigTree.parse("empty.yaml", "").root().size());
    }
}

/**
 * @module The one test of "is this node an element" that every DOM walk shares: <script> and
 * <style> are elements too (domhandler gives them node types of their own), so walks see them
 * and can skip them. A leaf module: dom.ts and page-index.ts both depend on it.
 */
import type { AnyNode, Element } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * bpmn-moddle ships types for its meta-model but none for the class itself; these are the parts
 * Triptych uses. Elements are read through the helpers in bpmn-read.ts, never trusted blindly.
 */
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    readonly $type: string;
    $attrs: Record<string, string>;
    $parent?: ModdleElement;
    id?: string;
    name?: string;
    [property: string]: unknown;
  }

  export interface FromXmlResult {
    rootElement: ModdleElement;
    warnings: { message: string }[];
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    fromXML(xml: string, typeName?: string): Promise<FromXmlResult>;
    toXML(
      element: ModdleElement,
      options?: { format?: boolean; preamble?: boolean },
    ): Promise<{ xml: string }>;
  }
}

import { renderOptions } from '../../ui/options/render-options';

void renderOptions(document, document.getElementById('app')!);

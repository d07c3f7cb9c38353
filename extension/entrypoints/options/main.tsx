// Options page: server and token, sync status and "立即同步", sites, rules switched off.
import { render } from 'preact'
import { OptionsApp } from '../../components/options/options-app'

render(<OptionsApp />, document.getElementById('app')!)
